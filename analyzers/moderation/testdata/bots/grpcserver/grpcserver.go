// Package grpcserver implements gRPC's generated health service.
package grpcserver

import (
	"context"

	"github.com/openai/openai-go/v3"
	"google.golang.org/grpc"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

type health struct {
	healthpb.UnimplementedHealthServer
	client openai.Client
}

func (h *health) Check(ctx context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	h.client.Chat.Completions.New(ctx, chat(req.GetService())) // want `^user input from gRPC request req reaches the prompt`
	return &healthpb.HealthCheckResponse{}, nil
}

func (h *health) List(ctx context.Context, req *healthpb.HealthListRequest) (*healthpb.HealthListResponse, error) {
	q := req.String()
	mod, err := h.client.Moderations.New(ctx, moderate(q))
	if err != nil || mod.Results[0].Flagged {
		return nil, err
	}
	h.client.Chat.Completions.New(ctx, chat(q))
	return &healthpb.HealthListResponse{}, nil
}

func register(s *grpc.Server, h *health) {
	healthpb.RegisterHealthServer(s, h)
}
