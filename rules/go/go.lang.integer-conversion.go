//go:build ignore

package orders

import (
	"math"
	"net/http"
	"strconv"
)

type Item struct {
	Qty  int32
	Port uint16
}

func setQuantity(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("qty"))
	if err != nil {
		http.Error(w, "bad qty", http.StatusBadRequest)
		return
	}
	// ruleid: go.lang.integer-conversion
	item := Item{Qty: int32(n)}
	save(item)
}

func parsePort(s string) uint16 {
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0
	}
	// ruleid: go.lang.integer-conversion
	return uint16(v)
}

func setQuantitySafe(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.ParseInt(r.FormValue("qty"), 10, 32)
	if err != nil {
		http.Error(w, "bad qty", http.StatusBadRequest)
		return
	}
	// ok: go.lang.integer-conversion
	save(Item{Qty: int32(n)})
}

func setQuantityChecked(s string) Item {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Item{}
	}
	if n < math.MinInt32 || n > math.MaxInt32 {
		return Item{}
	}
	// ok: go.lang.integer-conversion
	return Item{Qty: int32(n)}
}

func save(i Item) {}
