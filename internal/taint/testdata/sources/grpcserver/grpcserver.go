// Package grpcserver implements gRPC's generated health service: the
// request of each method is what a client sent.
package grpcserver

import (
	"context"

	"example.com/sources/llm"
	"google.golang.org/grpc"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

type health struct {
	healthpb.UnimplementedHealthServer
	llm *llm.Client
}

func (h *health) Check(ctx context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) { // want `^source gRPC request req$`
	h.llm.Ask(ctx, req.GetService())
	return &healthpb.HealthCheckResponse{}, nil
}

func (h *health) Watch(req *healthpb.HealthCheckRequest, stream grpc.ServerStreamingServer[healthpb.HealthCheckResponse]) error { // want `^source gRPC request req$`
	return h.llm.Ask(stream.Context(), req.Service)
}

// A bidirectional stream's messages are what a client sent.
func (h *health) chat(stream grpc.BidiStreamingServer[healthpb.HealthCheckRequest, healthpb.HealthCheckResponse]) error {
	req, err := stream.Recv() // want `^source stream.Recv\(\)$`
	if err != nil {
		return err
	}
	return h.llm.Ask(stream.Context(), req.GetService())
}

// probe has a method of the same shape, but implements no server: its
// caller is the program itself.
type probe struct{ llm *llm.Client }

func (p *probe) Check(ctx context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	p.llm.Ask(ctx, req.GetService())
	return &healthpb.HealthCheckResponse{}, nil
}

func register(s *grpc.Server, h *health) {
	healthpb.RegisterHealthServer(s, h)
}
