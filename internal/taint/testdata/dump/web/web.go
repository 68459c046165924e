// Package web serves handlers behind middleware that bounds or moderates
// the request, on net/http, chi, gin and echo.
package web

import (
	"bytes"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	chimiddleware "github.com/go-chi/chi/v5/middleware"
	"github.com/labstack/echo/v4"
	echomiddleware "github.com/labstack/echo/v4/middleware"
	"github.com/openai/openai-go/v3"
)

type app struct{ client openai.Client }

func prompt(q string) openai.ChatCompletionNewParams { // want `^summary taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func check(q string) openai.ModerationNewParams { // want `^summary taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)$`
	return openai.ModerationNewParams{Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)}}
}

// bounded caps the body of what it passes on.
func bounded(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		next.ServeHTTP(w, r)
	})
}

// moderated passes on only a body the Moderation endpoint did not flag.
func (a *app) moderated(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return
		}
		mod, err := a.client.Moderations.New(r.Context(), check(string(body)))
		if err != nil || mod.Results[0].Flagged {
			http.Error(w, "rejected", http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next(w, r)
	}
}

func (a *app) post(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	a.client.Chat.Completions.New(r.Context(), prompt(string(body))) // want `^flow from r.Body to this chat completion request \[bounded moderated\]$`
}

func (a *app) open(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	a.client.Chat.Completions.New(r.Context(), prompt(string(body))) // want `^flow from r.Body to this chat completion request$`
}

func (a *app) routes() {
	mux := http.NewServeMux()
	mux.Handle("/post", http.StripPrefix("/api", bounded(a.moderated(a.post))))
	mux.HandleFunc("/open", a.open)
	http.ListenAndServe(":8080", mux)
}

// chi

func (a *app) chiPost(w http.ResponseWriter, r *http.Request) {
	a.client.Chat.Completions.New(r.Context(), prompt(r.PostFormValue("q"))) // want `^flow from r.PostFormValue\("q"\) to this chat completion request \[bounded\]$`
}

func (a *app) chiOpen(w http.ResponseWriter, r *http.Request) {
	a.client.Chat.Completions.New(r.Context(), prompt(r.PostFormValue("q"))) // want `^flow from r.PostFormValue\("q"\) to this chat completion request$`
}

func (a *app) chiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Route("/v1", func(v chi.Router) {
		v.Use(chimiddleware.RequestSize(1 << 16))
		v.Post("/post", a.chiPost)
	})
	r.Post("/open", a.chiOpen)
	return r
}

// gin

func (a *app) ginModerate(c *gin.Context) {
	mod, err := a.client.Moderations.New(c, check(c.PostForm("q")))
	if err != nil || mod.Results[0].Flagged {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Next()
}

func (a *app) ginPost(c *gin.Context) {
	a.client.Chat.Completions.New(c, prompt(c.PostForm("q"))) // want `^flow from c.PostForm\("q"\) to this chat completion request \[moderated\]$`
}

func (a *app) ginOpen(c *gin.Context) {
	a.client.Chat.Completions.New(c, prompt(c.PostForm("q"))) // want `^flow from c.PostForm\("q"\) to this chat completion request$`
}

func (a *app) ginRoutes() *gin.Engine {
	router := gin.New()
	router.POST("/open", a.ginOpen)
	checked := router.Group("/checked", a.ginModerate)
	checked.POST("/post", a.ginPost)
	return router
}

// echo

func (a *app) echoPost(c echo.Context) error {
	_, err := a.client.Chat.Completions.New(c.Request().Context(), prompt(c.FormValue("q"))) // want `^flow from c.FormValue\("q"\) to this chat completion request \[bounded\]$`
	return err
}

func (a *app) echoOpen(c echo.Context) error {
	_, err := a.client.Chat.Completions.New(c.Request().Context(), prompt(c.FormValue("q"))) // want `^flow from c.FormValue\("q"\) to this chat completion request$`
	return err
}

func (a *app) echoRoutes() *echo.Echo {
	e := echo.New()
	e.POST("/open", a.echoOpen)
	g := e.Group("/limited", echomiddleware.BodyLimit("64K"))
	g.POST("/post", a.echoPost)
	return e
}
