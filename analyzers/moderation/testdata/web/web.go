// Package web holds moderation cases for handlers behind middleware that
// moderates what they read: net/http chains, chi, gin and echo. Each
// moderated handler has a twin whose middleware lets flagged input
// through, or moderates something else.
package web

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"
	"github.com/openai/openai-go/v3"
)

type server struct{ client openai.Client }

func ask(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(q)}}
}

func moderation(q string) openai.ModerationNewParams {
	return openai.ModerationNewParams{Input: openai.ModerationNewParamsInputUnion{OfString: openai.String(q)}}
}

// moderate passes on only requests whose body the Moderation endpoint
// did not flag.
func (s *server) moderate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		mod, err := s.client.Moderations.New(r.Context(), moderation(string(body)))
		if err != nil || mod.Results[0].Flagged {
			http.Error(w, "rejected", http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// moderateOpen lets the request through when the moderation call fails.
func (s *server) moderateOpen(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mod, err := s.client.Moderations.New(r.Context(), moderation(string(body)))
		if err == nil && mod.Results[0].Flagged {
			http.Error(w, "rejected", http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// moderateQuestion moderates the q form value only.
func (s *server) moderateQuestion(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mod, err := s.client.Moderations.New(r.Context(), moderation(r.FormValue("q")))
		if err != nil || mod.Results[0].Flagged {
			http.Error(w, "rejected", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

type question struct{ Text string }

func (s *server) chat(w http.ResponseWriter, r *http.Request) {
	var q question
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q.Text))
}

func (s *server) chatFailOpen(w http.ResponseWriter, r *http.Request) {
	var q question
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		return
	}
	s.client.Chat.Completions.New(r.Context(), ask(q.Text)) // want `user input from r.Body reaches the prompt with no moderation`
}

func (s *server) chatQuestion(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("q")))
}

func (s *server) chatContext(w http.ResponseWriter, r *http.Request) {
	s.client.Chat.Completions.New(r.Context(), ask(r.FormValue("context"))) // want `user input from r.FormValue\("context"\) reaches the prompt`
}

func (s *server) chatUnregistered(w http.ResponseWriter, r *http.Request) {
	var q question
	json.NewDecoder(r.Body).Decode(&q)
	s.client.Chat.Completions.New(r.Context(), ask(q.Text)) // want `user input from r.Body reaches the prompt`
}

func (s *server) routes() (*http.ServeMux, http.HandlerFunc) {
	mux := http.NewServeMux()
	mux.Handle("/chat", s.moderate(http.HandlerFunc(s.chat)))
	mux.Handle("/open", s.moderateOpen(http.HandlerFunc(s.chatFailOpen)))
	mux.Handle("/question", s.moderateQuestion(http.HandlerFunc(s.chatQuestion)))
	mux.Handle("/context", s.moderateQuestion(http.HandlerFunc(s.chatContext)))
	return mux, s.chatUnregistered
}

// chi

func (s *server) chiChat(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.client.Chat.Completions.New(r.Context(), ask(string(body)))
}

func (s *server) chiOpen(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.client.Chat.Completions.New(r.Context(), ask(string(body))) // want `user input from r.Body reaches the prompt`
}

func (s *server) chiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Use(s.moderate)
	r.Post("/chat", s.chiChat)
	r.Route("/open", func(r chi.Router) {
		open := chi.NewRouter()
		open.Post("/", s.chiOpen)
		r.Mount("/", open)
	})
	return r
}

// gin

// ginModerate aborts the chain on flagged input.
func (s *server) ginModerate(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	mod, err := s.client.Moderations.New(c, moderation(string(body)))
	if err != nil || mod.Results[0].Flagged {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Request.Body = io.NopCloser(bytes.NewReader(body))
	c.Next()
}

// ginModerateNoAbort returns on flagged input without aborting: gin runs
// the handler anyway.
func (s *server) ginModerateNoAbort(c *gin.Context) {
	body, _ := c.GetRawData()
	mod, err := s.client.Moderations.New(c, moderation(string(body)))
	if err != nil || mod.Results[0].Flagged {
		log.Print("flagged")
		return
	}
	c.Request.Body = io.NopCloser(bytes.NewReader(body))
}

func (s *server) ginChat(c *gin.Context) {
	var q question
	if err := c.ShouldBindJSON(&q); err != nil {
		return
	}
	s.client.Chat.Completions.New(c, ask(q.Text))
}

func (s *server) ginInherited(c *gin.Context) {
	s.client.Chat.Completions.New(c, ask(c.PostForm("q")))
}

func (s *server) ginNoAbort(c *gin.Context) {
	var q question
	if err := c.ShouldBindJSON(&q); err != nil {
		return
	}
	s.client.Chat.Completions.New(c, ask(q.Text)) // want `user input from c.ShouldBindJSON\(\) reaches the prompt`
}

func (s *server) ginRoutes() (*gin.Engine, *gin.Engine) {
	router := gin.New()
	router.Use(s.ginModerate)
	router.POST("/chat", s.ginChat)
	router.Group("/api").POST("/chat", s.ginInherited)
	other := gin.New()
	loose := other.Group("/loose", s.ginModerateNoAbort)
	loose.POST("/chat", s.ginNoAbort)
	return router, other
}

// echo

// echoModerate moderates the q form value.
func (s *server) echoModerate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		mod, err := s.client.Moderations.New(c.Request().Context(), moderation(c.FormValue("q")))
		if err != nil {
			return err
		}
		if mod.Results[0].Flagged {
			return echo.NewHTTPError(http.StatusBadRequest, "rejected")
		}
		return next(c)
	}
}

func (s *server) echoChat(c echo.Context) error {
	_, err := s.client.Chat.Completions.New(c.Request().Context(), ask(c.FormValue("q")))
	return err
}

func (s *server) echoOpen(c echo.Context) error {
	_, err := s.client.Chat.Completions.New(c.Request().Context(), ask(c.FormValue("q"))) // want `user input from c.FormValue\("q"\) reaches the prompt`
	return err
}

func (s *server) echoRoutes() *echo.Echo {
	e := echo.New()
	e.POST("/chat", s.echoChat, s.echoModerate)
	e.POST("/open", s.echoOpen)
	return e
}
