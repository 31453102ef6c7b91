package lang

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>

// Declarations from tree-sitter's api.h, v0.25 (the version pinned in
// go.mod); the implementation is linked in from go-tree-sitter's C code.
typedef uint16_t TSSymbol;
typedef uint16_t TSFieldId;
typedef struct TSLanguage TSLanguage;
typedef struct TSParser TSParser;
typedef struct TSTree TSTree;
typedef struct TSPoint { uint32_t row; uint32_t column; } TSPoint;
typedef enum { TSInputEncodingUTF8 = 0 } TSInputEncoding;
typedef uint32_t (*DecodeFunction)(const uint8_t *string, uint32_t length, int32_t *code_point);
typedef struct TSInput {
	void *payload;
	const char *(*read)(void *payload, uint32_t byte_index, TSPoint position, uint32_t *bytes_read);
	TSInputEncoding encoding;
	DecodeFunction decode;
} TSInput;
typedef struct TSParseState { void *payload; uint32_t current_byte_offset; bool has_error; } TSParseState;
typedef struct TSParseOptions { void *payload; bool (*progress_callback)(TSParseState *state); } TSParseOptions;
typedef struct TSNode { uint32_t context[4]; const void *id; const TSTree *tree; } TSNode;
typedef struct TSTreeCursor { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;

TSParser *ts_parser_new(void);
void ts_parser_delete(TSParser *self);
void ts_set_allocator(void *(*new_malloc)(size_t), void *(*new_calloc)(size_t, size_t),
	void *(*new_realloc)(void *, size_t), void (*new_free)(void *));
bool ts_parser_set_language(TSParser *self, const TSLanguage *language);
TSTree *ts_parser_parse_with_options(TSParser *self, const TSTree *old_tree, TSInput input, TSParseOptions parse_options);
void ts_parser_reset(TSParser *self);
void ts_tree_delete(TSTree *self);
TSNode ts_tree_root_node(const TSTree *self);
TSSymbol ts_node_symbol(TSNode self);
bool ts_node_is_named(TSNode self);
bool ts_node_is_missing(TSNode self);
uint32_t ts_node_start_byte(TSNode self);
uint32_t ts_node_end_byte(TSNode self);
TSPoint ts_node_start_point(TSNode self);
TSPoint ts_node_end_point(TSNode self);
uint32_t ts_node_child_count(TSNode self);
TSTreeCursor ts_tree_cursor_new(TSNode node);
void ts_tree_cursor_delete(TSTreeCursor *self);
TSNode ts_tree_cursor_current_node(const TSTreeCursor *self);
TSFieldId ts_tree_cursor_current_field_id(const TSTreeCursor *self);
bool ts_tree_cursor_goto_first_child(TSTreeCursor *self);
bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *self);
bool ts_tree_cursor_goto_parent(TSTreeCursor *self);

typedef struct { const char *src; uint32_t len; const int32_t *cancel; } vouch_input;

static const char *vouch_read(void *payload, uint32_t byte, TSPoint pos, uint32_t *n) {
	vouch_input *in = payload;
	if (byte >= in->len) { *n = 0; return ""; }
	*n = in->len - byte;
	return in->src + byte;
}

static bool vouch_progress(TSParseState *st) {
	vouch_input *in = st->payload;
	return __atomic_load_n(in->cancel, __ATOMIC_RELAXED) != 0;
}

static TSParser *vouch_parser_new(const void *lang) {
	// go-tree-sitter routes every allocation through Go callbacks that
	// only call C's malloc/free; call them directly (memory allocated
	// either way is compatible).
	ts_set_allocator(malloc, calloc, realloc, free);
	TSParser *p = ts_parser_new();
	if (!ts_parser_set_language(p, (const TSLanguage *)lang)) { ts_parser_delete(p); return NULL; }
	return p;
}

// vouch_parse parses src without calling back into Go; it stops when
// *cancel becomes non-zero.
static TSTree *vouch_parse(TSParser *p, const char *src, uint32_t len, const int32_t *cancel) {
	vouch_input in = {src, len, cancel};
	TSInput input = {&in, vouch_read, TSInputEncodingUTF8, NULL};
	TSParseOptions opts = {&in, vouch_progress};
	TSTree *t = ts_parser_parse_with_options(p, NULL, input, opts);
	if (!t) ts_parser_reset(p);
	return t;
}

// One node in pre-order: its depth says who its parent is.
typedef struct {
	uint32_t start_byte, end_byte, start_row, start_col, end_row, end_col;
	uint32_t depth, child_count;
	uint16_t symbol, field;
	uint8_t named, error;
} vouch_node;

typedef struct { TSTreeCursor cur; uint32_t depth; int started, done; } vouch_walk;

static vouch_walk *vouch_walk_new(TSTree *t) {
	vouch_walk *w = calloc(1, sizeof(vouch_walk));
	if (w) w->cur = ts_tree_cursor_new(ts_tree_root_node(t));
	return w;
}

static void vouch_walk_free(vouch_walk *w) {
	ts_tree_cursor_delete(&w->cur);
	free(w);
}

static void vouch_emit(vouch_walk *w, vouch_node *o) {
	TSNode n = ts_tree_cursor_current_node(&w->cur);
	TSPoint sp = ts_node_start_point(n), ep = ts_node_end_point(n);
	o->start_byte = ts_node_start_byte(n);
	o->end_byte = ts_node_end_byte(n);
	o->start_row = sp.row; o->start_col = sp.column;
	o->end_row = ep.row; o->end_col = ep.column;
	o->depth = w->depth;
	o->child_count = ts_node_child_count(n);
	o->symbol = ts_node_symbol(n);
	o->field = ts_tree_cursor_current_field_id(&w->cur);
	o->named = ts_node_is_named(n);
	o->error = o->symbol == (TSSymbol)-1 || ts_node_is_missing(n);
}

// vouch_walk_next writes up to cap nodes in pre-order and returns how many;
// 0 means the walk is over.
static uint32_t vouch_walk_next(vouch_walk *w, vouch_node *out, uint32_t cap) {
	uint32_t n = 0;
	if (w->done || cap == 0) return 0;
	if (!w->started) { w->started = 1; vouch_emit(w, &out[n++]); }
	while (n < cap) {
		if (ts_tree_cursor_goto_first_child(&w->cur)) { w->depth++; vouch_emit(w, &out[n++]); continue; }
		for (;;) {
			if (ts_tree_cursor_goto_next_sibling(&w->cur)) { vouch_emit(w, &out[n++]); break; }
			if (!ts_tree_cursor_goto_parent(&w->cur)) { w->done = 1; return n; }
			w->depth--;
		}
	}
	return n;
}
*/
import "C"

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/vouchsec/vouch/sast/ast"
)

// cParsers is a bounded free list of C parsers for one grammar. Parsers
// are not safe for concurrent use; a C parser is never garbage collected,
// so the list is explicit rather than a sync.Pool.
type cParsers struct {
	mu      sync.Mutex
	grammar unsafe.Pointer
	free    []*C.TSParser
}

const maxIdleParsers = 16

func (cp *cParsers) get() (*C.TSParser, error) {
	cp.mu.Lock()
	if n := len(cp.free); n > 0 {
		p := cp.free[n-1]
		cp.free = cp.free[:n-1]
		cp.mu.Unlock()
		return p, nil
	}
	cp.mu.Unlock()
	p := C.vouch_parser_new(cp.grammar)
	if p == nil {
		return nil, fmt.Errorf("tree-sitter rejected the grammar (ABI mismatch)")
	}
	return p, nil
}

func (cp *cParsers) put(p *C.TSParser) {
	cp.mu.Lock()
	defer cp.mu.Unlock()
	if len(cp.free) < maxIdleParsers {
		cp.free = append(cp.free, p)
		return
	}
	C.ts_parser_delete(p)
}

// MaxSourceSize is the largest input Parse accepts. Tree-sitter plus the
// converted tree need about 100 bytes of memory per source byte, so a
// 50 MB file would need ~5 GB; larger inputs fail with ErrTooLarge, a
// per-file error the scan reports before moving on.
const MaxSourceSize = 16 << 20

// ErrTooLarge is returned for inputs over MaxSourceSize.
var ErrTooLarge = errors.New("input too large to parse")

// parseC parses src and converts the tree. The parse runs entirely in C;
// ctx is watched by an AfterFunc that raises a flag tree-sitter's progress
// callback polls, so cancellation costs no C-to-Go calls.
func (l *Language) parseC(ctx context.Context, src []byte) (*ast.Tree, error) {
	if len(src) > MaxSourceSize {
		return nil, fmt.Errorf("%s: %d bytes (limit %d): %w", l.Name, len(src), MaxSourceSize, ErrTooLarge)
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("%s: %w", l.Name, ErrCanceled)
	}
	p, err := l.cparsers.get()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", l.Name, err)
	}
	defer l.cparsers.put(p)
	cancel := new(int32)
	stop := context.AfterFunc(ctx, func() { atomic.StoreInt32(cancel, 1) })
	var csrc *C.char
	if len(src) > 0 {
		csrc = (*C.char)(unsafe.Pointer(&src[0]))
	}
	t := C.vouch_parse(p, csrc, C.uint32_t(len(src)), (*C.int32_t)(unsafe.Pointer(cancel)))
	stop()
	if t == nil {
		if ctx.Err() != nil || atomic.LoadInt32(cancel) != 0 {
			return nil, fmt.Errorf("%s: %w", l.Name, ErrCanceled)
		}
		return nil, fmt.Errorf("%s: tree-sitter returned no tree", l.Name)
	}
	defer C.ts_tree_delete(t)
	tree, err := l.convertC(ctx, t, src)
	if err != nil {
		return nil, err
	}
	tree.Language = l.Name
	return tree, nil
}

// convertC copies the C tree into an ast.Tree, walking it in C in batches
// (one cgo call per batch, not per node). Kind and field names come from
// the Language's interned tables, so no string is allocated per node; nodes
// and child slices are carved from chunks.
func (l *Language) convertC(ctx context.Context, t *C.TSTree, src []byte) (*ast.Tree, error) {
	w := C.vouch_walk_new(t)
	if w == nil {
		return nil, fmt.Errorf("%s: out of memory", l.Name)
	}
	defer C.vouch_walk_free(w)
	// Size the buffers to the input: patterns are parsed by the hundred
	// and need a few dozen nodes, files need thousands (about one node per
	// 3-4 bytes of source).
	chunk := min(max(len(src)/3, 64), 4096)
	batch := chunk
	buf := make([]C.vouch_node, batch)
	tree := &ast.Tree{Source: src}
	var (
		nodes []ast.Node
		kids  []*ast.Node
		stack []*ast.Node // stack[d] is the current node at depth d
	)
	for {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", l.Name, ErrCanceled)
		}
		cnt := int(C.vouch_walk_next(w, &buf[0], C.uint32_t(batch)))
		if cnt == 0 {
			break
		}
		for i := range buf[:cnt] {
			r := &buf[i]
			if len(nodes) == cap(nodes) {
				nodes = make([]ast.Node, 0, chunk)
			}
			nodes = nodes[:len(nodes)+1]
			n := &nodes[len(nodes)-1]
			n.Type = l.kindName(uint16(r.symbol))
			n.Field = l.fieldName(uint16(r.field))
			n.Named = r.named != 0
			n.Error = r.error != 0
			n.StartByte, n.EndByte = uint32(r.start_byte), uint32(r.end_byte)
			n.Start = ast.Point{Row: uint32(r.start_row), Col: uint32(r.start_col)}
			n.End = ast.Point{Row: uint32(r.end_row), Col: uint32(r.end_col)}
			if k := int(r.child_count); k > 0 {
				if cap(kids)-len(kids) < k {
					kids = make([]*ast.Node, 0, max(chunk, k))
				}
				n.Children = kids[len(kids) : len(kids) : len(kids)+k]
				kids = kids[:len(kids)+k]
			}
			d := int(r.depth)
			if d == 0 {
				tree.Root = n
			} else {
				if d > len(stack) {
					return nil, fmt.Errorf("%s: malformed tree walk", l.Name)
				}
				parent := stack[d-1]
				n.Parent = parent
				parent.Children = append(parent.Children, n)
			}
			stack = append(stack[:d], n)
			if n.Error {
				tree.ErrorCount++
			}
			tree.NodeCount++
		}
	}
	if tree.Root == nil {
		return nil, fmt.Errorf("%s: empty tree", l.Name)
	}
	return tree, nil
}
