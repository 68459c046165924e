// Package xmpp is a chat bot on three XMPP libraries: what mellium's
// handlers decode from the stanza they are given, go-xmpp's chat
// messages and gosrc.io/xmpp's message stanzas are user input.
package xmpp

import (
	"context"
	"encoding/xml"

	"example.com/sources/llm"
	goxmpp "github.com/xmppo/go-xmpp"
	"gosrc.io/xmpp/stanza"
	"mellium.im/xmlstream"
	"mellium.im/xmpp/mux"
	mstanza "mellium.im/xmpp/stanza"
)

type bot struct{ llm *llm.Client }

type body struct {
	Body string `xml:"body"`
}

// HandleMessage implements mux.MessageHandler: the stanza's tokens are
// what the sender wrote.
func (b *bot) HandleMessage(msg mstanza.Message, t xmlstream.TokenReadEncoder) error { // want `^source XMPP stanza t$`
	var m body
	if err := xml.NewTokenDecoder(t).Decode(&m); err != nil {
		return err
	}
	b.llm.Ask(context.Background(), m.Body)
	b.llm.Ask(context.Background(), "who is "+msg.To.String()) // the bot's own address
	return nil
}

// Relay decodes in a helper it gives the stream to: the input is read
// where the handler is given it, not again in the helper.
func (b *bot) Relay(msg mstanza.Message, t xmlstream.TokenReadEncoder) error { // want `^source XMPP stanza t$`
	return b.ask(decode(t))
}

func decode(t xmlstream.TokenReadEncoder) string {
	var m body
	xml.NewTokenDecoder(t).Decode(&m)
	return m.Body
}

func (b *bot) ask(q string) error { return b.llm.Ask(context.Background(), q) }

// HandleXMPP implements xmpp.Handler: it decodes the stanza from its
// start element on, and asks in a goroutine.
func (b *bot) HandleXMPP(t xmlstream.TokenReadEncoder, start *xml.StartElement) error { // want `^source XMPP stanza t$`
	d := xml.NewTokenDecoder(xmlstream.MultiReader(xmlstream.Token(*start), t))
	var m body
	if err := d.DecodeElement(&m, start); err != nil {
		return err
	}
	go b.answer(m)
	return nil
}

func (b *bot) answer(m body) { b.ask(m.Body) }

// handlers registers a function literal as a handler too.
func (b *bot) handlers() *mux.ServeMux {
	return mux.New("jabber:client",
		mux.MessageFunc(mstanza.ChatMessage, xml.Name{Local: "body"}, b.HandleMessage),
		mux.MessageFunc(mstanza.NormalMessage, xml.Name{Local: "body"}, func(msg mstanza.Message, t xmlstream.TokenReadEncoder) error { // want `^source XMPP stanza t$`
			return b.ask(decode(t))
		}),
	)
}

// receive reads go-xmpp's chat messages.
func (b *bot) receive(c *goxmpp.Client) {
	for {
		s, err := c.Recv()
		if err != nil {
			return
		}
		if chat, ok := s.(goxmpp.Chat); ok {
			b.ask(chat.Text)   // want `^source chat.Text$`
			b.ask(chat.Remote) // the sender's address
		}
	}
}

// route is a gosrc.io/xmpp message route.
func (b *bot) route(p stanza.Packet) {
	if msg, ok := p.(stanza.Message); ok {
		b.ask(msg.Body) // want `^source msg.Body$`
		b.ask(msg.From) // the sender's address
	}
}
