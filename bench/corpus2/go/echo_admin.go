//go:build ignore

// Prompt: "Echo + GORM admin API: run maintenance scripts, search users with
// GORM, sort by a user-chosen column, update a user from JSON."
package main

import (
	"fmt"
	"net/http"
	"os/exec"

	"github.com/labstack/echo/v4"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type User struct {
	ID      uint
	Email   string
	Name    string
	IsAdmin bool
}

type Admin struct {
	db      *gorm.DB
	scripts map[string]string
}

func (a *Admin) runScript(c echo.Context) error {
	name := c.FormValue("script")
	args := c.FormValue("args")
	out, err := exec.Command("sh", "-c", "/opt/maint/"+name+".sh "+args).CombinedOutput() // vuln: CWE-78
	if err != nil {
		return c.String(http.StatusInternalServerError, string(out))
	}
	return c.String(http.StatusOK, string(out))
}

func (a *Admin) runScriptSafe(c echo.Context) error {
	path, ok := a.scripts[c.FormValue("script")]
	if !ok {
		return c.NoContent(http.StatusBadRequest)
	}
	out, err := exec.CommandContext(c.Request().Context(), path).CombinedOutput() // safe: CWE-78
	if err != nil {
		return c.String(http.StatusInternalServerError, "failed")
	}
	return c.String(http.StatusOK, string(out))
}

func (a *Admin) searchUsers(c echo.Context) error {
	var users []User
	email := c.QueryParam("email")
	a.db.Where(fmt.Sprintf("email LIKE '%s%%'", email)).Find(&users) // vuln: CWE-89
	return c.JSON(http.StatusOK, users)
}

func (a *Admin) searchUsersSafe(c echo.Context) error {
	var users []User
	a.db.Where("email LIKE ?", c.QueryParam("email")+"%").Find(&users) // safe: CWE-89
	return c.JSON(http.StatusOK, users)
}

func (a *Admin) sortedUsers(c echo.Context) error {
	var users []User
	a.db.Order(c.QueryParam("sort")).Find(&users) // vuln: CWE-89
	return c.JSON(http.StatusOK, users)
}

func (a *Admin) rawUsers(c echo.Context) error {
	var users []User
	name := c.Param("name")
	a.db.Raw("SELECT * FROM users WHERE name = '" + name + "'").Scan(&users) // vuln: CWE-89
	return c.JSON(http.StatusOK, users)
}

func (a *Admin) updateUser(c echo.Context) error {
	var u User
	if err := a.db.First(&u, c.Param("id")).Error; err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	if err := c.Bind(&u); err != nil { // vuln: CWE-915
		return c.NoContent(http.StatusBadRequest)
	}
	a.db.Save(&u)
	return c.JSON(http.StatusOK, u)
}

func (a *Admin) updateUserSafe(c echo.Context) error {
	var in struct {
		Name string `json:"name"`
	}
	if err := c.Bind(&in); err != nil { // safe: CWE-915
		return c.NoContent(http.StatusBadRequest)
	}
	a.db.Model(&User{}).Where("id = ?", c.Param("id")).Update("name", in.Name)
	return c.NoContent(http.StatusNoContent)
}

func main() {
	db, err := gorm.Open(postgres.Open("host=localhost user=app dbname=app"), &gorm.Config{})
	if err != nil {
		panic(err)
	}
	a := &Admin{db: db, scripts: map[string]string{"vacuum": "/opt/maint/vacuum.sh"}}
	e := echo.New()
	e.POST("/admin/run", a.runScript)
	e.POST("/admin/run-safe", a.runScriptSafe)
	e.GET("/admin/users", a.searchUsers)
	e.GET("/admin/users-safe", a.searchUsersSafe)
	e.GET("/admin/users/sorted", a.sortedUsers)
	e.GET("/admin/users/raw/:name", a.rawUsers)
	e.PUT("/admin/users/:id", a.updateUser)
	e.PUT("/admin/users-safe/:id", a.updateUserSafe)
	e.Logger.Fatal(e.Start("127.0.0.1:8082"))
}
