//go:build ignore

package handlers

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"github.com/gofiber/fiber/v2"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Server struct {
	db   *sql.DB
	gorm *gorm.DB
}

type User struct {
	ID    int
	Name  string
	Email string
}

func (s *Server) searchUsers(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	query := fmt.Sprintf("SELECT id, email FROM users WHERE name = '%s'", name)
	// ruleid: go.web.sql-injection
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	json.NewEncoder(w).Encode(scanUsers(rows))
}

func (s *Server) deleteOrder(w http.ResponseWriter, r *http.Request) {
	ref := r.FormValue("ref")
	// ruleid: go.web.sql-injection
	_, err := s.db.ExecContext(r.Context(), "DELETE FROM orders WHERE ref = '"+ref+"'")
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
	}
}

func listProducts(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		sort := c.DefaultQuery("sort", "name")
		var products []map[string]any
		// ruleid: go.web.sql-injection
		db.Raw("SELECT * FROM products ORDER BY " + sort).Scan(&products)
		c.JSON(http.StatusOK, products)
	}
}

func findByEmail(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		email := c.Query("email")
		var u User
		// ruleid: go.web.sql-injection
		db.Where(fmt.Sprintf("email = '%s'", email)).First(&u)
		c.JSON(http.StatusOK, u)
	}
}

func (s *Server) getInvoice(c echo.Context) error {
	id := c.Param("id")
	// ruleid: go.web.sql-injection
	row := s.db.QueryRow("SELECT total FROM invoices WHERE id = " + id)
	var total float64
	if err := row.Scan(&total); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, total)
}

func (s *Server) searchUsersSafe(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ok: go.web.sql-injection
	rows, err := s.db.Query("SELECT id, email FROM users WHERE name = $1", name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	json.NewEncoder(w).Encode(scanUsers(rows))
}

func findByEmailSafe(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		email := c.Query("email")
		var u User
		// ok: go.web.sql-injection
		db.Where("email = ?", email).First(&u)
		c.JSON(http.StatusOK, u)
	}
}

func findByNameStruct(db *gorm.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var u User
		// ok: go.web.sql-injection
		db.Where(&User{Name: c.Query("name")}).First(&u)
		c.JSON(http.StatusOK, u)
	}
}

func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil {
		limit = 20
	}
	// ok: go.web.sql-injection
	rows, _ := s.db.Query(fmt.Sprintf("SELECT id FROM posts LIMIT %d", limit))
	defer rows.Close()
}

func (s *Server) count(w http.ResponseWriter, r *http.Request) {
	table := "orders"
	// ok: go.web.sql-injection
	row := s.db.QueryRow("SELECT COUNT(*) FROM " + table)
	var n int
	row.Scan(&n)
	fmt.Fprintf(w, "%d", n)
}

func scanUsers(rows *sql.Rows) []User { return nil }

type orderFilter struct {
	Status string `json:"status"`
}

func (s *Server) fiberOrders(c *fiber.Ctx) error {
	// ruleid: go.web.sql-injection
	rows, err := s.db.Query("SELECT id, total FROM orders WHERE customer = '" + c.Params("customer") + "'")
	if err != nil {
		return err
	}
	defer rows.Close()
	return c.SendStatus(fiber.StatusOK)
}

func (s *Server) fiberOrdersByStatus(c *fiber.Ctx) error {
	var f orderFilter
	if err := c.BodyParser(&f); err != nil {
		return fiber.ErrBadRequest
	}
	// ruleid: go.web.sql-injection
	rows, err := s.db.Query(fmt.Sprintf("SELECT id FROM orders WHERE status = '%s'", f.Status))
	if err != nil {
		return err
	}
	defer rows.Close()
	return nil
}

func (s *Server) echoOrdersByStatus(c echo.Context) error {
	var f orderFilter
	if err := c.Bind(&f); err != nil {
		return err
	}
	// ruleid: go.web.sql-injection
	rows, err := s.db.Query("SELECT id FROM orders WHERE status = '" + f.Status + "'")
	if err != nil {
		return err
	}
	defer rows.Close()
	return nil
}

func (s *Server) fiberOrdersSafe(c *fiber.Ctx) error {
	// ok: go.web.sql-injection
	rows, err := s.db.Query("SELECT id, total FROM orders WHERE customer = $1", c.Params("customer"))
	if err != nil {
		return err
	}
	defer rows.Close()
	return nil
}
