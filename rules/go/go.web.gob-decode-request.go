//go:build ignore

package rpc

import (
	"encoding/gob"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Job struct {
	Name    string
	Payload interface{}
}

func submitJob(w http.ResponseWriter, r *http.Request) {
	var job Job
	// ruleid: go.web.gob-decode-request
	if err := gob.NewDecoder(r.Body).Decode(&job); err != nil {
		http.Error(w, "bad job", http.StatusBadRequest)
		return
	}
	enqueue(job)
}

func ginSubmit(c *gin.Context) {
	var job Job
	// ruleid: go.web.gob-decode-request
	dec := gob.NewDecoder(c.Request.Body)
	if err := dec.Decode(&job); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	enqueue(job)
}

func submitJobJSON(w http.ResponseWriter, r *http.Request) {
	var job Job
	// ok: go.web.gob-decode-request
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	if err := dec.Decode(&job); err != nil {
		http.Error(w, "bad job", http.StatusBadRequest)
		return
	}
	enqueue(job)
}

func submitJobLimited(w http.ResponseWriter, r *http.Request) {
	var job Job
	// ok: go.web.gob-decode-request
	if err := gob.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&job); err != nil {
		http.Error(w, "bad job", http.StatusBadRequest)
		return
	}
	enqueue(job)
}

func enqueue(j Job) {}
