module example.com/bots

go 1.26.0

require (
	connectrpc.com/connect v1.21.1
	github.com/aws/aws-lambda-go v1.55.1
	github.com/bwmarrin/discordgo v0.29.0
	github.com/openai/openai-go/v3 v3.96.0
	github.com/slack-go/slack v0.36.0
	google.golang.org/protobuf v1.36.12
	gopkg.in/telebot.v4 v4.0.0-beta.10
)

require (
	github.com/coder/websocket v1.8.15 // indirect
	github.com/gorilla/websocket v1.5.3 // indirect
	github.com/tidwall/gjson v1.20.0 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.1 // indirect
	github.com/tidwall/sjson v1.2.5 // indirect
	golang.org/x/crypto v0.57.0 // indirect
	golang.org/x/sys v0.48.0 // indirect
)
