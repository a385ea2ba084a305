import Foundation
public import ServiceLifecycle

/// What `StoreFactory.open` hands to `serve`, `worker` and the one-shot commands.
public struct OpenedStore: Sendable {
    /// The queue and the keys, in one database.
    public let store: any JobStore & KeyStore
    /// Where rendered files live.
    public let outputs: OutputStorage
    /// The database client to run in the `ServiceGroup` (PostgreSQL), nil for SQLite.
    /// List it before the services that use the store: a group stops services in reverse order.
    public let service: (any Service)?

    public init(store: any JobStore & KeyStore, outputs: OutputStorage, service: (any Service)?) {
        self.store = store
        self.outputs = outputs
        self.service = service
    }

    /// For one-shot commands (`keys`, `migrate`): runs the database client only while `body` runs.
    public func withRunningService<T: Sendable>(
        _ body: @Sendable (any JobStore & KeyStore) async throws -> T
    ) async throws -> T {
        guard let service else { return try await body(store) }
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await service.run() }
            defer { group.cancelAll() }
            return try await body(store)
        }
    }
}
