package lang

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// genSource returns about lines lines of realistic-looking code.
func genSource(lang string, lines int) []byte {
	var b strings.Builder
	fn := func(i int) string {
		switch lang {
		case "python":
			return fmt.Sprintf(`
@app.route("/items/<int:item_id>", methods=["GET", "POST"])
def handler_%d(item_id, *args, **kwargs):
    """Return the item as JSON."""
    user = request.args.get("user", "anonymous")
    rows = db.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchall()
    result = [dict(r) for r in rows if r["owner"] == user]
    if not result:
        return jsonify({"error": f"item {item_id} not found"}), 404
    for r in result:
        r["score"] = compute(r.get("a", 0) + 2 * r.get("b", 1), scale=0.5)
    return jsonify(result)
`, i)
		case "go":
			return fmt.Sprintf(`
// Handler%d serves one item.
func (s *Server) Handler%d(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, fmt.Sprintf("bad id: %%v", err), http.StatusBadRequest)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), "SELECT name FROM items WHERE id = ?", id)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		_ = rows.Scan(&name)
		s.items = append(s.items, Item{ID: id, Name: name})
	}
}
`, i, i)
		case "java":
			return fmt.Sprintf(`
    @GetMapping("/items/{id}")
    public ResponseEntity<Item> handler%d(@PathVariable long id, @RequestParam String user) {
        String sql = "SELECT * FROM items WHERE id = " + id;
        List<Item> items = jdbc.query(sql, (rs, n) -> new Item(rs.getLong("id"), rs.getString("name")));
        if (items.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        for (Item it : items) {
            it.setScore(compute(it.getA() + 2 * it.getB(), 0.5));
        }
        return ResponseEntity.ok(items.get(0));
    }
`, i)
		default: // javascript, typescript, tsx
			return fmt.Sprintf(`
app.get("/items/:id", async (req, res) => {
  const id = parseInt(req.params.id, 10);
  const rows = await db.query("SELECT * FROM items WHERE id = $1", [id]);
  if (!rows.length) {
    return res.status(404).json({ error: `+"`item ${id} not found`"+` });
  }
  const result = rows.map((r) => ({ ...r, score: compute(r.a + 2 * r.b, 0.5) }));
  res.json(result[%d %% result.length]);
});
`, i)
		}
	}
	switch lang {
	case "go":
		b.WriteString("package p\n")
	case "java":
		b.WriteString("class Gen {\n")
	}
	for i := 0; strings.Count(b.String(), "\n") < lines; i++ {
		for k := 0; k < 50; k++ {
			b.WriteString(fn(i*50 + k))
		}
	}
	if lang == "java" {
		b.WriteString("}\n")
	}
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	r := NewRegistry()
	for _, l := range r.All() {
		src := genSource(l.Name, 20000)
		lines := strings.Count(string(src), "\n")
		b.Run(l.Name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			c0 := cpuTime()
			for b.Loop() {
				if _, err := l.Parse(context.Background(), src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
			// CPU time of the process: throughput per core even when the
			// machine is shared.
			b.ReportMetric(float64(lines)*float64(b.N)/(cpuTime()-c0).Seconds(), "lines/cpu-s")
		})
	}
}
