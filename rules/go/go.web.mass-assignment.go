//go:build ignore

package accounts

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"gorm.io/gorm"
)

type Account struct {
	ID      uint
	Email   string
	Plan    string
	IsAdmin bool
	Credits int
}

type API struct {
	db *gorm.DB
}

func (a *API) signup(c *gin.Context) {
	var acct Account
	// ruleid: go.web.mass-assignment
	if err := c.ShouldBindJSON(&acct); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := a.db.Create(&acct).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusCreated, acct)
}

func (a *API) editAccount(c echo.Context) error {
	var acct Account
	if err := a.db.First(&acct, c.Param("id")).Error; err != nil {
		return echo.ErrNotFound
	}
	// ruleid: go.web.mass-assignment
	if err := c.Bind(&acct); err != nil {
		return echo.ErrBadRequest
	}
	a.db.WithContext(c.Request().Context()).Save(&acct)
	return c.JSON(http.StatusOK, acct)
}

func (a *API) patchAccountFiber(c *fiber.Ctx) error {
	var patch Account
	// ruleid: go.web.mass-assignment
	if err := c.BodyParser(&patch); err != nil {
		return fiber.ErrBadRequest
	}
	return a.db.Model(&Account{ID: patch.ID}).Updates(patch).Error
}

func (a *API) editAccountSafe(c echo.Context) error {
	var in struct {
		Email string `json:"email"`
	}
	// ok: go.web.mass-assignment
	if err := c.Bind(&in); err != nil {
		return echo.ErrBadRequest
	}
	a.db.Model(&Account{}).Where("id = ?", c.Param("id")).Update("email", in.Email)
	return c.NoContent(http.StatusNoContent)
}

func (a *API) editAccountSelected(c *gin.Context) {
	var acct Account
	// ok: go.web.mass-assignment
	if err := c.ShouldBind(&acct); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	a.db.Model(&Account{ID: acct.ID}).Select("Email").Updates(acct)
	c.Status(http.StatusNoContent)
}

func (a *API) search(c *gin.Context) {
	var q struct {
		Email string `form:"email"`
	}
	// ok: go.web.mass-assignment
	if err := c.ShouldBindQuery(&q); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var out []Account
	a.db.Where("email = ?", q.Email).Find(&out)
	c.JSON(http.StatusOK, out)
}

type Listing struct {
	Title    string `json:"title"`
	Price    int    `json:"price"`
	Approved bool   `json:"approved"`
	OwnerID  int64  `json:"owner_id"`
}

func createListing(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var l Listing
		// ruleid: go.web.mass-assignment
		if err := c.ShouldBindJSON(&l); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		_, _ = db.Exec("INSERT INTO listings (title, price, approved, owner_id) VALUES ($1, $2, $3, $4)",
			l.Title, l.Price, l.Approved, l.OwnerID)
		c.Status(http.StatusCreated)
	}
}

func createListingSafe(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		var l Listing
		// ok: go.web.mass-assignment
		if err := c.ShouldBindJSON(&l); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		_, _ = db.Exec("INSERT INTO listings (title, price, approved) VALUES ($1, $2, false)", l.Title, l.Price)
		c.Status(http.StatusCreated)
	}
}
