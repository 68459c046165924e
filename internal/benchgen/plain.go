package benchgen

import (
	"strings"
	"text/template"
)

// plainPackage describes a package of plain business logic: records with
// methods and an in-memory repository for each entity, links to the
// packages it builds on, and what makes it like its namesake in a real
// service (SQL, HTTP handlers, hashing, templates).
type plainPackage struct {
	name     string
	entities []string
	deps     []string // packages of the same service it imports
	// parent makes it import the model package of service (i-1)/2, so
	// that services depend on each other as a tree.
	parent bool
	extra  string // "sql", "http", "hash", "template" or ""
	test   bool   // it has a test file
}

// plainPackages are the plain packages of each service, dependencies first.
var plainPackages = []plainPackage{
	{name: "model", entities: []string{"Order", "Customer", "LineItem"}, test: true},
	{name: "store", entities: []string{"Record", "Snapshot"}, deps: []string{"model"}, extra: "sql"},
	{name: "billing", entities: []string{"Invoice", "Payment", "Refund"}, deps: []string{"model", "store"}, test: true},
	{name: "inventory", entities: []string{"Item", "Warehouse"}, deps: []string{"model", "store"}},
	{name: "shipping", entities: []string{"Parcel", "Route", "Carrier"}, deps: []string{"model", "inventory"}},
	{name: "notify", entities: []string{"Message", "Channel"}, deps: []string{"model"}, extra: "template"},
	{name: "auth", entities: []string{"Account", "Grant"}, extra: "hash"},
	{name: "report", entities: []string{"Metric", "Digest"}, deps: []string{"model", "billing", "store"}, parent: true},
	{name: "search", entities: []string{"Document", "Term"}, deps: []string{"model", "store"}},
	{name: "audit", entities: []string{"Event", "Trail"}, deps: []string{"model"}},
	{name: "cache", entities: []string{"Entry", "Bucket"}},
	{name: "web", entities: []string{"Page", "Visit"}, deps: []string{"model", "store", "auth", "search"}, extra: "http"},
}

// firstEntity returns the first entity of the plain package name.
func firstEntity(name string) string {
	for _, p := range plainPackages {
		if p.name == name {
			return p.entities[0]
		}
	}
	panic("benchgen: no plain package " + name)
}

// link is a package a plain package imports, and the record of it that it
// links its own first record to.
type link struct {
	Alias, Path, Entity string
}

type plainData struct {
	Service, Pkg string
	Entity       string // the entity of this file, or the package's first
	Links        []link
}

// Templates use [[ ]] so that the text/template they generate can use
// {{ }}.
func parse(name, text string) *template.Template {
	return template.Must(template.New(name).Delims("[[", "]]").Funcs(template.FuncMap{"lower": strings.ToLower}).Parse(text))
}

func execute(t *template.Template, data any) string {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		panic(err) // the templates are fixed: a failure is a bug here
	}
	return b.String()
}

func writePlain(w *writer, i int, p plainPackage) {
	dir := serviceName(i) + "/" + p.name + "/"
	data := plainData{Service: serviceName(i), Pkg: p.name, Entity: p.entities[0]}
	for _, dep := range p.deps {
		data.Links = append(data.Links, link{dep, importPath(i, dep), firstEntity(dep)})
	}
	if p.parent && i > 0 {
		data.Links = append(data.Links, link{"parentmodel", importPath((i-1)/2, "model"), firstEntity("model")})
	}
	w.goFile(dir+"doc.go", execute(docTemplate, data))
	for _, e := range p.entities {
		d := data
		d.Entity = e
		w.goFile(dir+strings.ToLower(e)+".go", execute(entityTemplate, d))
	}
	if len(data.Links) > 0 {
		w.goFile(dir+"links.go", execute(linksTemplate, data))
	}
	if t := extraTemplates[p.extra]; t != nil {
		w.goFile(dir+p.extra+".go", execute(t, data))
	}
	if p.test {
		w.goFile(dir+p.name+"_test.go", execute(testTemplate, data))
	}
}

var docTemplate = parse("doc", `// Package [[.Pkg]] is the [[.Pkg]] domain of service [[.Service]]: plain
// business logic that never talks to the model.
package [[.Pkg]]
`)

var entityTemplate = parse("entity", `package [[.Pkg]]

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// [[.Entity]] is a record of the [[.Pkg]] domain.
type [[.Entity]] struct {
	ID        string            `+"`json:\"id\"`"+`
	Name      string            `+"`json:\"name\"`"+`
	Amount    int64             `+"`json:\"amount\"`"+`
	Tags      []string          `+"`json:\"tags,omitempty\"`"+`
	Labels    map[string]string `+"`json:\"labels,omitempty\"`"+`
	CreatedAt time.Time         `+"`json:\"created_at\"`"+`
}

// ErrInvalid[[.Entity]] is returned for a [[.Entity]] that breaks its invariants.
var ErrInvalid[[.Entity]] = errors.New("[[.Pkg]]: invalid [[lower .Entity]]")

// New[[.Entity]] returns a valid [[.Entity]].
func New[[.Entity]](id, name string, amount int64) (*[[.Entity]], error) {
	x := &[[.Entity]]{ID: id, Name: strings.TrimSpace(name), Amount: amount, CreatedAt: time.Now().UTC()}
	if err := x.Validate(); err != nil {
		return nil, err
	}
	return x, nil
}

// Validate checks the invariants of a [[.Entity]].
func (x *[[.Entity]]) Validate() error {
	switch {
	case x.ID == "":
		return fmt.Errorf("%w: empty id", ErrInvalid[[.Entity]])
	case x.Name == "":
		return fmt.Errorf("%w: %s has no name", ErrInvalid[[.Entity]], x.ID)
	case x.Amount < 0:
		return fmt.Errorf("%w: %s has a negative amount", ErrInvalid[[.Entity]], x.ID)
	}
	return nil
}

func (x *[[.Entity]]) String() string {
	return fmt.Sprintf("[[.Entity]](%s, %q, %d)", x.ID, x.Name, x.Amount)
}

// HasTag reports whether x carries tag, in any case.
func (x *[[.Entity]]) HasTag(tag string) bool {
	for _, t := range x.Tags {
		if strings.EqualFold(t, tag) {
			return true
		}
	}
	return false
}

// Label returns the value of a label, or def when x has none.
func (x *[[.Entity]]) Label(key, def string) string {
	if v, ok := x.Labels[key]; ok {
		return v
	}
	return def
}

// Age returns how long ago x was created.
func (x *[[.Entity]]) Age(now time.Time) time.Duration {
	if x.CreatedAt.IsZero() {
		return 0
	}
	return now.Sub(x.CreatedAt)
}

// [[.Entity]]Repo keeps [[.Entity]] records in memory; it is safe for
// concurrent use.
type [[.Entity]]Repo struct {
	mu    sync.RWMutex
	items map[string]*[[.Entity]]
}

// New[[.Entity]]Repo returns an empty repository.
func New[[.Entity]]Repo() *[[.Entity]]Repo {
	return &[[.Entity]]Repo{items: make(map[string]*[[.Entity]])}
}

// Put stores x, replacing any record with its ID.
func (r *[[.Entity]]Repo) Put(x *[[.Entity]]) error {
	if err := x.Validate(); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[x.ID] = x
	return nil
}

// Get returns the record with the ID.
func (r *[[.Entity]]Repo) Get(id string) (*[[.Entity]], bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	x, ok := r.items[id]
	return x, ok
}

// Delete removes the record with the ID, and reports whether there was one.
func (r *[[.Entity]]Repo) Delete(id string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.items[id]
	delete(r.items, id)
	return ok
}

// List returns every record, by ID.
func (r *[[.Entity]]Repo) List() []*[[.Entity]] {
	r.mu.RLock()
	xs := make([]*[[.Entity]], 0, len(r.items))
	for _, x := range r.items {
		xs = append(xs, x)
	}
	r.mu.RUnlock()
	sort.Slice(xs, func(i, j int) bool { return xs[i].ID < xs[j].ID })
	return xs
}

// Filter returns the records keep accepts, by ID.
func (r *[[.Entity]]Repo) Filter(keep func(*[[.Entity]]) bool) []*[[.Entity]] {
	var out []*[[.Entity]]
	for _, x := range r.List() {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Total sums the amounts of every record.
func (r *[[.Entity]]Repo) Total() int64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var total int64
	for _, x := range r.items {
		total += x.Amount
	}
	return total
}

// Top returns the n records with the largest amounts.
func (r *[[.Entity]]Repo) Top(n int) []*[[.Entity]] {
	xs := r.List()
	sort.SliceStable(xs, func(i, j int) bool { return xs[i].Amount > xs[j].Amount })
	if len(xs) > n {
		xs = xs[:n]
	}
	return xs
}

// MarshalJSON writes the records as a JSON array, by ID.
func (r *[[.Entity]]Repo) MarshalJSON() ([]byte, error) {
	return json.Marshal(r.List())
}

// UnmarshalJSON adds the records of a JSON array.
func (r *[[.Entity]]Repo) UnmarshalJSON(data []byte) error {
	var xs []*[[.Entity]]
	if err := json.Unmarshal(data, &xs); err != nil {
		return fmt.Errorf("[[.Pkg]]: decoding [[lower .Entity]] records: %w", err)
	}
	for _, x := range xs {
		if err := r.Put(x); err != nil {
			return err
		}
	}
	return nil
}

// Summarize[[.Entity]]s sums the amounts of xs by tag, one tag a line.
func Summarize[[.Entity]]s(xs []*[[.Entity]]) string {
	byTag := make(map[string]int64)
	for _, x := range xs {
		for _, t := range x.Tags {
			byTag[strings.ToLower(t)] += x.Amount
		}
	}
	tags := make([]string, 0, len(byTag))
	for t := range byTag {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	var b strings.Builder
	for _, t := range tags {
		fmt.Fprintf(&b, "%s: %d\n", t, byTag[t])
	}
	return b.String()
}

// Group[[.Entity]]s groups xs by the first letter of their names.
func Group[[.Entity]]s(xs []*[[.Entity]]) map[string][]*[[.Entity]] {
	groups := make(map[string][]*[[.Entity]])
	for _, x := range xs {
		if x.Name == "" {
			continue
		}
		key := strings.ToUpper(x.Name[:1])
		groups[key] = append(groups[key], x)
	}
	return groups
}
`)

var linksTemplate = parse("links", `package [[.Pkg]]

import (
[[range .Links]]	[[.Alias]] "[[.Path]]"
[[end]])

[[range .Links]]
// LinkTo[[.Alias]][[.Entity]] ties x to a record of [[.Alias]].
func LinkTo[[.Alias]][[.Entity]](x *[[$.Entity]], y *[[.Alias]].[[.Entity]]) {
	if x.Labels == nil {
		x.Labels = make(map[string]string)
	}
	x.Labels["[[.Alias]]"] = y.ID
	x.Amount += y.Amount
}
[[end]]`)

var extraTemplates = map[string]*template.Template{
	"sql": parse("sql", `package [[.Pkg]]

import (
	"context"
	"database/sql"
)

// SQL reads and writes records with query parameters, never with query
// text built from values.
type SQL struct{ db *sql.DB }

// NewSQL returns an SQL on db.
func NewSQL(db *sql.DB) *SQL { return &SQL{db: db} }

// Load reads one record.
func (s *SQL) Load(ctx context.Context, id string) (*[[.Entity]], error) {
	row := s.db.QueryRowContext(ctx, "SELECT id, name, amount FROM records WHERE id = $1", id)
	var x [[.Entity]]
	if err := row.Scan(&x.ID, &x.Name, &x.Amount); err != nil {
		return nil, err
	}
	return &x, nil
}

// Save writes one record.
func (s *SQL) Save(ctx context.Context, x *[[.Entity]]) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO records (id, name, amount) VALUES ($1, $2, $3)", x.ID, x.Name, x.Amount)
	return err
}
`),
	"http": parse("http", `package [[.Pkg]]

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// Server serves [[lower .Entity]] records over HTTP; it reads user input
// but sends none of it to a model.
type Server struct {
	repo *[[.Entity]]Repo
	mux  *http.ServeMux
}

// NewServer returns a Server with an empty repository.
func NewServer() *Server {
	s := &Server{repo: New[[.Entity]]Repo(), mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /[[lower .Entity]]s", s.list)
	s.mux.HandleFunc("POST /[[lower .Entity]]s", s.create)
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	q := strings.ToLower(r.FormValue("q"))
	limit, err := strconv.Atoi(r.FormValue("limit"))
	if err != nil || limit <= 0 {
		limit = 20
	}
	xs := s.repo.Filter(func(x *[[.Entity]]) bool { return strings.Contains(strings.ToLower(x.Name), q) })
	if len(xs) > limit {
		xs = xs[:limit]
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(xs)
}

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	var x [[.Entity]]
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&x); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := s.repo.Put(&x); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
`),
	"hash": parse("hash", `package [[.Pkg]]

import (
	"crypto/sha256"
	"encoding/hex"
)

// HashUser returns the hex SHA-256 digest of a user ID: what a request
// sends as its safety identifier.
func HashUser(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:])
}
`),
	"template": parse("template", `package [[.Pkg]]

import (
	"bytes"
	"text/template"
)

var messageTemplate = template.Must(template.New("message").Parse("Hello {{.Name}}, your balance is {{.Amount}}.\n"))

// Render writes the notification for x.
func Render(x *[[.Entity]]) (string, error) {
	var b bytes.Buffer
	err := messageTemplate.Execute(&b, x)
	return b.String(), err
}
`),
}

var testTemplate = parse("test", `package [[.Pkg]]

import "testing"

func TestNew[[.Entity]](t *testing.T) {
	if _, err := New[[.Entity]]("", "x", 1); err == nil {
		t.Error("no error for an empty ID")
	}
	x, err := New[[.Entity]]("1", " a ", 2)
	if err != nil || x.Name != "a" {
		t.Fatalf("New[[.Entity]] = %v, %v", x, err)
	}
	r := New[[.Entity]]Repo()
	if err := r.Put(x); err != nil {
		t.Fatal(err)
	}
	if got := r.Total(); got != 2 {
		t.Errorf("Total() = %d, want 2", got)
	}
}
`)
