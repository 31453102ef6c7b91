//go:build ignore

// Gin API for a team task tracker using GORM and MongoDB.
package main

import (
	"net/http"
	"os"
	"os/exec"
	"time"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"gorm.io/gorm"
)

type Task struct {
	ID       uint   `json:"id"`
	Title    string `json:"title"`
	Owner    string `json:"owner"`
	IsAdmin  bool   `json:"is_admin"`
	Approved bool   `json:"approved"`
}

var gdb *gorm.DB
var tasks *mongo.Collection

func listTasks(c *gin.Context) {
	var out []Task
	gdb.Where("owner = '" + c.Query("owner") + "'").Find(&out) // vuln: CWE-89
	c.JSON(http.StatusOK, out)
}

func listTasksSafe(c *gin.Context) {
	var out []Task
	gdb.Where("owner = ?", c.Query("owner")).Find(&out) // safe: CWE-89
	c.JSON(http.StatusOK, out)
}

func orderedTasks(c *gin.Context) {
	var out []Task
	gdb.Order(c.Query("sort")).Find(&out) // vuln: CWE-89
	c.JSON(http.StatusOK, out)
}

func findByFilter(c *gin.Context) {
	var filter bson.M
	if err := c.BindJSON(&filter); err != nil {
		return
	}
	cur, err := tasks.Find(c, filter) // vuln: CWE-943
	if err != nil {
		c.AbortWithStatus(500)
		return
	}
	defer cur.Close(c)
	c.Status(http.StatusOK)
}

func createTask(c *gin.Context) {
	var t Task
	if err := c.ShouldBindJSON(&t); err != nil { // vuln: CWE-915
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	gdb.Create(&t)
	c.JSON(http.StatusCreated, t)
}

func runHook(c *gin.Context) {
	script := c.PostForm("script")
	out, _ := exec.Command("bash", "-c", script).Output() // vuln: CWE-78
	c.String(http.StatusOK, string(out))
}

func whoami(c *gin.Context) {
	tok, _, err := jwt.NewParser().ParseUnverified(c.GetHeader("X-Token"), jwt.MapClaims{}) // vuln: CWE-347
	if err != nil {
		c.AbortWithStatus(401)
		return
	}
	c.JSON(http.StatusOK, tok.Claims)
}

func whoamiSafe(c *gin.Context) {
	tok, err := jwt.Parse(c.GetHeader("X-Token"), func(t *jwt.Token) (interface{}, error) { // safe: CWE-347
		return []byte(os.Getenv("JWT_KEY")), nil
	}, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil || !tok.Valid {
		c.AbortWithStatus(401)
		return
	}
	c.JSON(http.StatusOK, tok.Claims)
}

func setSession(c *gin.Context) {
	c.SetCookie("session", c.Query("sid"), 3600, "/", "", false, false) // vuln: CWE-614
	c.Status(http.StatusNoContent)
}

func main() {
	gin.SetMode(gin.DebugMode)
	r := gin.Default()
	r.Use(cors.New(cors.Config{
		AllowAllOrigins: true, // vuln: CWE-942
		AllowMethods:    []string{"GET", "POST"},
		MaxAge:          12 * time.Hour,
	}))
	r.GET("/tasks", listTasks)
	r.GET("/tasks/safe", listTasksSafe)
	r.GET("/tasks/ordered", orderedTasks)
	r.POST("/tasks/find", findByFilter)
	r.POST("/tasks", createTask)
	r.POST("/hooks", runHook)
	r.GET("/whoami", whoami)
	r.GET("/whoami/safe", whoamiSafe)
	r.GET("/session", setSession)
	r.Run(":8080")
}
