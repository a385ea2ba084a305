// The async API client (in progress).
