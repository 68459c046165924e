// Package grpcserver implements gRPC's generated health service, whose
// requests name the service to answer as.
package grpcserver

import (
	"context"

	"example.com/bots/llm"
	"google.golang.org/grpc"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

type health struct {
	healthpb.UnimplementedHealthServer
	ai *llm.Assistant
}

func (h *health) Check(ctx context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	h.ai.Ask(ctx, req.GetService(), "are you well?") // want `^user input from gRPC request req reaches the system prompt`
	return &healthpb.HealthCheckResponse{}, nil
}

func (h *health) Watch(req *healthpb.HealthCheckRequest, stream grpc.ServerStreamingServer[healthpb.HealthCheckResponse]) error {
	return h.ai.Ask(stream.Context(), "a health checker", req.GetService())
}

// probe is called by the program itself, not by a client.
type probe struct{ ai *llm.Assistant }

func (p *probe) Check(ctx context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	p.ai.Ask(ctx, req.GetService(), "are you well?")
	return &healthpb.HealthCheckResponse{}, nil
}

func register(s *grpc.Server, h *health) {
	healthpb.RegisterHealthServer(s, h)
}
