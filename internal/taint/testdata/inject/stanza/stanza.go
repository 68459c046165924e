// want package:`injected\(example.com/taint/inject/stanza.Answerer.Answer:1<-XMPP stanza t\)`

// Package stanza is an XMPP bot built on mellium: a middleware hands the
// stanza's stream on to the next handler, which is no input reaching
// the model; the handler behind it decodes the stream and asks.
package stanza

import (
	"encoding/xml"
	"errors"

	"mellium.im/xmlstream"
	"mellium.im/xmpp"
)

type Answerer interface{ Answer(q string) string }

// logged is a middleware.
type logged struct{ next xmpp.Handler }

func (l logged) HandleXMPP(t xmlstream.TokenReadEncoder, start *xml.StartElement) error { // want HandleXMPP:`verdicts=\[\] forwards=2->example.com/taint/inject/stanza.Answerer.Answer:1\)$`
	if l.next.HandleXMPP(t, start) != nil {
		return errFailed
	}
	return nil
}

var errFailed = errors.New("the handler failed")

type relay struct{ ai Answerer }

func (r *relay) HandleXMPP(t xmlstream.TokenReadEncoder, start *xml.StartElement) error { // want HandleXMPP:`verdicts=\[\] forwards=2->example.com/taint/inject/stanza.Answerer.Answer:1 forwards=1->example.com/taint/inject/stanza.Answerer.Answer:1\)$`
	var m struct {
		Body string `xml:"body"`
	}
	if xml.NewTokenDecoder(xmlstream.MultiReader(xmlstream.Token(*start), t)).DecodeElement(&m, start) != nil {
		return errFailed
	}
	go r.ask(m.Body)
	return nil
}

func (r *relay) ask(q string) { r.ai.Answer(q) } // want ask:`forwards=1->example.com/taint/inject/stanza.Answerer.Answer:1\)$`

// Handler wires the relay behind the middleware.
func Handler(ai Answerer) xmpp.Handler { // want Handler:`taint\(returns=\[0\] requests=\[\] verdicts=\[\]\)`
	return logged{next: &relay{ai: ai}}
}
