// Prompt: "a Gin REST API for products with MySQL, a login that sets a session cookie,
// CORS for the frontend, and an admin endpoint to update any product field".
package main

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	_ "github.com/go-sql-driver/mysql"
)

type Product struct {
	ID       int64   `json:"id"`
	Name     string  `json:"name"`
	Price    float64 `json:"price"`
	Approved bool    `json:"approved"`
	OwnerID  int64   `json:"owner_id"`
}

type ProductInput struct {
	Name  string  `json:"name" binding:"required"`
	Price float64 `json:"price" binding:"gte=0"`
}

var db *sql.DB

func listProducts(c *gin.Context) {
	category := c.Query("category")
	q := fmt.Sprintf("SELECT id, name, price FROM products WHERE category = '%s'", category)
	rows, err := db.Query(q) // vuln: CWE-89
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	defer rows.Close()
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func getProduct(c *gin.Context) {
	row := db.QueryRow("SELECT id, name, price FROM products WHERE id = ?", c.Param("id")) // safe: CWE-89
	var p Product
	if err := row.Scan(&p.ID, &p.Name, &p.Price); err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, p)
}

func createProduct(c *gin.Context) {
	var p Product
	if err := c.ShouldBindJSON(&p); err != nil { // vuln: CWE-915
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	db.Exec("INSERT INTO products (name, price, approved, owner_id) VALUES (?, ?, ?, ?)", p.Name, p.Price, p.Approved, p.OwnerID)
	c.JSON(http.StatusCreated, p)
}

func createProductV2(c *gin.Context) {
	var in ProductInput
	if err := c.ShouldBindJSON(&in); err != nil { // safe: CWE-915
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	db.Exec("INSERT INTO products (name, price) VALUES (?, ?)", in.Name, in.Price)
	c.Status(http.StatusCreated)
}

func login(c *gin.Context) {
	user := c.PostForm("user")
	pass := c.PostForm("password")
	log.Printf("login attempt user=%s password=%s", user, pass)            // vuln: CWE-532
	c.SetCookie("session", "token-for-"+user, 3600, "/", "", false, false) // vuln: CWE-614, CWE-1004, CWE-1275
	c.String(http.StatusOK, "hello %s", user)
}

func loginV2(c *gin.Context) {
	user := c.PostForm("user")
	log.Printf("login attempt user=%s", user) // safe: CWE-532
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session", "token-for-"+user, 3600, "/", "", true, true) // safe: CWE-614, CWE-1004
	c.Status(http.StatusOK)
}

func search(c *gin.Context) {
	q := c.Query("q")
	c.Header("Content-Type", "text/html")
	c.String(http.StatusOK, "<p>Results for "+q+"</p>") // vuln: CWE-79
}

func goBack(c *gin.Context) {
	c.Redirect(http.StatusFound, c.Query("back")) // vuln: CWE-601
}

func cors() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Header("Access-Control-Allow-Origin", c.GetHeader("Origin")) // vuln: CWE-942
		c.Header("Access-Control-Allow-Credentials", "true")
		c.Next()
	}
}

func main() {
	gin.SetMode(gin.DebugMode) // vuln: CWE-489
	var err error
	db, err = sql.Open("mysql", "root:root@tcp(localhost:3306)/shop") // vuln: CWE-798
	if err != nil {
		log.Fatal(err)
	}
	r := gin.Default()
	r.Use(cors())
	r.GET("/products", listProducts)
	r.GET("/products/:id", getProduct)
	r.POST("/products", createProduct)
	r.POST("/products/v2", createProductV2)
	r.POST("/login", login)
	r.POST("/login/v2", loginV2)
	r.GET("/search", search)
	r.GET("/back", goBack)
	r.Run(":8085")
}
