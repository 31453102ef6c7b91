package pattern

import "testing"

// Semgrep treats an arrow function's expression body as a block holding a
// return of the expression: `($REQ, $RES) => {...}` matches one-liners.
func TestArrowExpressionBody(t *testing.T) {
	js := "app.get('/search', auth, async (req, res) => res.json(await repo.search(req.query.q)));\n" +
		"const h = (req, res) => res.send(x);\n" +
		"const g = (req, res) => { res.send(x); };\n" +
		"const k = (a) => a + 1;\n"
	ts := "router.post('/q', async (req: Request, res: Response) => res.json(await prisma.$queryRawUnsafe<Row[]>(req.body.sql)));\n"
	runCases(t, []matchCase{
		{"block pattern", "javascript", js, `($REQ, $RES) => {...}`, []string{
			"L1 $REQ=req $RES=res", "L2 $REQ=req $RES=res", "L3 $REQ=req $RES=res"}},
		// async only matches async functions
		{"async block pattern", "javascript", js, `async ($REQ, $RES) => {...}`, []string{"L1 $REQ=req $RES=res"}},
		{"inside route call", "javascript", js, `app.$M($PATH, ..., ($REQ, $RES) => {...})`, []string{
			"L1 $M=get $PATH='/search' $REQ=req $RES=res"}},
		{"return statement in body", "javascript", js, `($REQ, $RES) => { return $RES.send(...); }`, []string{
			"L2 $REQ=req $RES=res"}},
		{"expression body pattern stays exact", "javascript", js, `($A) => $A + 1`, []string{"L4 $A=a"}},
		{"typescript one-liner", "typescript", ts, `async ($REQ, $RES) => {...}`, []string{"L1 $REQ=req $RES=res"}},
	})
}

// Type arguments of a TypeScript call are ignored unless the pattern
// spells them.
func TestTypeArgumentCalls(t *testing.T) {
	ts := "const rows = await prisma.$queryRawUnsafe<Row[]>(sql);\n" +
		"const n = await prisma.$executeRawUnsafe(sql, id);\n" +
		"const u = parse<User>(body);\n" +
		"return db.$queryRawUnsafe<Row[]>(q);\n"
	runCases(t, []matchCase{
		{"method with args", "typescript", ts, `$DB.$METHOD($Q, ...)`, []string{
			"L1 $DB=prisma $METHOD=$queryRawUnsafe $Q=sql", "L2 $DB=prisma $METHOD=$executeRawUnsafe $Q=sql",
			"L4 $DB=db $METHOD=$queryRawUnsafe $Q=q"}},
		{"any method", "typescript", ts, `$X.$M(...)`, []string{
			"L1 $M=$queryRawUnsafe $X=prisma", "L2 $M=$executeRawUnsafe $X=prisma", "L4 $M=$queryRawUnsafe $X=db"}},
		{"named method", "typescript", ts, `prisma.$queryRawUnsafe(...)`, []string{"L1"}},
		{"spelled type args", "typescript", ts, `$X.$M<$T>(...)`, []string{"L1 $M=$queryRawUnsafe $T=Row[] $X=prisma", "L4 $M=$queryRawUnsafe $T=Row[] $X=db"}},
		{"plain function", "typescript", ts, `parse($B)`, []string{"L3 $B=body"}},
		{"tsx", "tsx", ts, `$DB.$METHOD($Q, ...)`, []string{
			"L1 $DB=prisma $METHOD=$queryRawUnsafe $Q=sql", "L2 $DB=prisma $METHOD=$executeRawUnsafe $Q=sql",
			"L4 $DB=db $METHOD=$queryRawUnsafe $Q=q"}},
	})
}

// A scoped annotation name matches an unqualified pattern name by its
// last segment.
func TestQualifiedAnnotations(t *testing.T) {
	java := "class C {\n" +
		"  @io.micronaut.http.annotation.Get(\"/s\")\n" +
		"  String s(@io.micronaut.http.annotation.QueryValue String q) { return q; }\n" +
		"  String t(@QueryValue String q) { return q; }\n" +
		"  String u(@other.Header String h) { return h; }\n" +
		"}\n"
	runCases(t, []matchCase{
		{"unqualified name", "java", java, `$RET $M(..., @QueryValue String $Q, ...) { ... }`, []string{
			"L2-3 $M=s $Q=q $RET=String", "L4 $M=t $Q=q $RET=String"}},
		{"metavariable name", "java", java, `$RET $M(..., @$ANN $T $Q, ...) { ... }`, []string{
			"L2-3 $ANN=QueryValue $M=s $Q=q $RET=String $T=String", "L4 $ANN=QueryValue $M=t $Q=q $RET=String $T=String",
			"L5 $ANN=Header $M=u $Q=h $RET=String $T=String"}},
		{"qualified pattern stays exact", "java", java, `$RET $M(..., @other.QueryValue String $Q, ...) { ... }`, nil},
		{"annotation with args", "java", java, `@Get(...)`, []string{"L2"}},
	})
}
