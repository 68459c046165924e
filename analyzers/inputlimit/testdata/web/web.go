// Package web holds inputlimit cases for handlers behind middleware that
// bounds the request body: net/http chains, chi, gin and echo. Each
// bounded handler has a twin registered where no middleware bounds it.
package web

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	chimiddleware "github.com/go-chi/chi/v5/middleware"
	"github.com/labstack/echo/v4"
	echomiddleware "github.com/labstack/echo/v4/middleware"
	"github.com/openai/openai-go/v3"
)

type server struct{ client openai.Client }

func ask(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

// limit bounds the body of every request it passes on.
func limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
		next.ServeHTTP(w, r)
	})
}

// logged bounds nothing.
func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Print(r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

// tooLate bounds the body after the handler has read it.
func tooLate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	})
}

func (s *server) chat(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q")))
}

func (s *server) chatLogged(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q"))) // want `user input from r.FormValue\("q"\) reaches the prompt with no length limit`
}

func (s *server) chatTooLate(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q"))) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) chatTwice(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q"))) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) chatMaxBytesHandler(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.PostFormValue("q")))
}

func (s *server) chatQuery(w http.ResponseWriter, r *http.Request) {
	// The body's bound does not bound the URL's query.
	s.client.Chat.Completions.New(r.Context(), ask(r.URL.Query().Get("q"))) // want `user input from r.URL reaches the prompt`
}

func routes(s *server) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/chat", limit(http.HandlerFunc(s.chat)))
	mux.Handle("/logged", logged(http.HandlerFunc(s.chatLogged)))
	mux.Handle("/late", tooLate(http.HandlerFunc(s.chatTooLate)))
	mux.Handle("/twice", limit(http.HandlerFunc(s.chatTwice)))
	mux.HandleFunc("/twice-bare", s.chatTwice)
	mux.Handle("/max", http.MaxBytesHandler(http.HandlerFunc(s.chatMaxBytesHandler), 1<<20))
	mux.Handle("/query", limit(http.HandlerFunc(s.chatQuery)))
	return mux
}

func (s *server) wholeMux(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q")))
}

func (s *server) bareMux(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q"))) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func serve(s *server) {
	mux := http.NewServeMux()
	mux.HandleFunc("/whole", s.wholeMux)
	http.ListenAndServe(":8080", limit(mux))
}

func serveBare(s *server) {
	mux := http.NewServeMux()
	mux.HandleFunc("/bare", s.bareMux)
	http.ListenAndServe(":8081", mux)
}

// chi

func (s *server) chiChat(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q")))
}

func (s *server) chiOpen(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q"))) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) chiGrouped(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q")))
}

func (s *server) chiWith(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q")))
}

func chiRoutes(s *server) (http.Handler, http.Handler) {
	r := chi.NewRouter()
	r.Use(chimiddleware.RequestSize(1 << 20))
	r.Post("/chat", s.chiChat)

	open := chi.NewRouter()
	open.Use(chimiddleware.Logger)
	open.Post("/chat", s.chiOpen)
	open.Group(func(g chi.Router) {
		g.Use(limit)
		g.Post("/grouped", s.chiGrouped)
	})
	open.With(limit).Post("/with", s.chiWith)
	return r, open
}

// gin

// ginLimit bounds the body of every request.
func ginLimit(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20)
	c.Next()
}

// ginLimitFor returns middleware that bounds the body to n bytes.
func ginLimitFor(n int64) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, n)
	}
}

func (s *server) ginChat(c *gin.Context) {
	var req struct{ Q string }
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	s.client.Chat.Completions.New(c, ask(req.Q))
}

func (s *server) ginBeforeUse(c *gin.Context) {
	var req struct{ Q string }
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	s.client.Chat.Completions.New(c, ask(req.Q)) // want `user input from c.ShouldBindJSON\(\) reaches the prompt`
}

func (s *server) ginRouteLevel(c *gin.Context) {
	s.client.Chat.Completions.New(c, ask(c.PostForm("q")))
}

func (s *server) ginGrouped(c *gin.Context) {
	s.client.Chat.Completions.New(c, ask(c.PostForm("q")))
}

func (s *server) ginOpen(c *gin.Context) {
	s.client.Chat.Completions.New(c, ask(c.PostForm("q"))) // want `user input from c.PostForm\("q"\) reaches the prompt`
}

func ginRoutes(s *server) (*gin.Engine, *gin.Engine) {
	router := gin.New()
	router.POST("/before", s.ginBeforeUse)
	router.Use(gin.Logger(), ginLimit)
	router.POST("/chat", s.ginChat)

	open := gin.New()
	open.POST("/route", ginLimitFor(1<<20), s.ginRouteLevel)
	api := open.Group("/api", ginLimit)
	api.POST("/grouped", s.ginGrouped)
	open.POST("/open", s.ginOpen)
	return router, open
}

// echo

// echoLimit bounds the body of every request.
func echoLimit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		req.Body = http.MaxBytesReader(c.Response(), req.Body, 1<<20)
		return next(c)
	}
}

func (s *server) echoChat(c echo.Context) error {
	_, err := s.client.Chat.Completions.New(c.Request().Context(), ask(c.FormValue("q")))
	return err
}

func (s *server) echoRouteLevel(c echo.Context) error {
	_, err := s.client.Chat.Completions.New(c.Request().Context(), ask(c.FormValue("q")))
	return err
}

func (s *server) echoGrouped(c echo.Context) error {
	var req struct{ Q string }
	if err := c.Bind(&req); err != nil {
		return err
	}
	_, err := s.client.Chat.Completions.New(c.Request().Context(), ask(req.Q))
	return err
}

func (s *server) echoOpen(c echo.Context) error {
	_, err := s.client.Chat.Completions.New(c.Request().Context(), ask(c.FormValue("q"))) // want `user input from c.FormValue\("q"\) reaches the prompt`
	return err
}

func echoRoutes(s *server) (*echo.Echo, *echo.Echo) {
	e := echo.New()
	e.Use(echomiddleware.BodyLimit("1M"))
	e.POST("/chat", s.echoChat)

	open := echo.New()
	open.POST("/route", s.echoRouteLevel, echoLimit)
	g := open.Group("/api", echoLimit)
	g.POST("/grouped", s.echoGrouped)
	open.POST("/open", s.echoOpen)
	return e, open
}

// Adapters: a registered closure that calls the handler.

func (s *server) adapted(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q")))
}

func (s *server) adaptedAndCalledBare(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q"))) // want `user input from r.FormValue\("q"\) reaches the prompt`
}

func (s *server) bare(w http.ResponseWriter, r *http.Request) {
	s.adaptedAndCalledBare(w, r)
}

func adapters(s *server) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/adapted", limit(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.adapted(w, r)
	})))
	mux.Handle("/both", limit(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.adaptedAndCalledBare(w, r)
	})))
	mux.HandleFunc("/bare", s.bare)
	return mux
}

// A framework handler that bounds the body itself, before or after it
// reads it.

func (s *server) ginBoundsItself(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20)
	s.client.Chat.Completions.New(c, ask(c.PostForm("q")))
}

func (s *server) ginBoundsTooLate(c *gin.Context) {
	q := c.PostForm("q")
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20)
	s.client.Chat.Completions.New(c, ask(q)) // want `user input from c.PostForm\("q"\) reaches the prompt`
}

func (s *server) echoBoundsItself(c echo.Context) error {
	req := c.Request()
	req.Body = http.MaxBytesReader(c.Response(), req.Body, 1<<20)
	_, err := s.client.Chat.Completions.New(req.Context(), ask(c.FormValue("q")))
	return err
}
