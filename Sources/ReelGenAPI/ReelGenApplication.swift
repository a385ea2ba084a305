public import Hummingbird
public import Logging
public import NIOCore
public import ServiceLifecycle

/// The HTTP application and the services around it, run in one `ServiceGroup` whose
/// order lets a node drain on SIGTERM. A group stops its services one by one in reverse
/// order, so the list is:
///
/// 1. the database client: started first, closed last;
/// 2. the HTTP server: keeps answering until everything after it has stopped;
/// 3. `DrainPeriod`: holds the server up for `REELGEN_DRAIN_SECONDS` from the start of the drain;
/// 4. the worker pool and the retention sweeper: the workers release their jobs;
/// 5. `DrainSignal`: signalled first; from then on creates and `/readyz` answer 503.
///
/// Hummingbird's own `Application.run()` stops its HTTP server before its other services,
/// which is why the server runs here as one service among the others.
public struct ReelGenApplication<HTTP: ApplicationProtocol>: ApplicationProtocol {
    public typealias Responder = HTTP.Responder

    let http: HTTP
    /// Run before the HTTP server starts and stopped after it ends.
    let dependencies: [any Service]
    /// Stopped, after `DrainSignal`, while the HTTP server still answers.
    let drained: [any Service]
    let drainState: DrainState
    let drainPeriod: Duration

    public var responder: Responder {
        get async throws { try await http.responder }
    }
    public var eventLoopGroup: any EventLoopGroup { http.eventLoopGroup }
    public var configuration: ApplicationConfiguration { http.configuration }
    public var logger: Logger { http.logger }
    public var processesRunBeforeServerStart: [@Sendable () async throws -> Void] { http.processesRunBeforeServerStart }

    @Sendable public func onServerRunning(_ channel: any Channel) async {
        await http.onServerRunning(channel)
    }

    /// Everything but the HTTP server, in group order: what HummingbirdTesting runs beside
    /// its own server or router. (Its `.live` server then stops before the workers; the
    /// drain order is `run()`'s.)
    public var services: [any Service] {
        dependencies + [DrainPeriod(state: drainState, period: drainPeriod)] + drained + [DrainSignal(state: drainState)]
    }

    public func run() async throws {
        let services = dependencies + [http, DrainPeriod(state: drainState, period: drainPeriod)]
            + drained + [DrainSignal(state: drainState)]
        let group = ServiceGroup(configuration: .init(services: services, logger: logger))
        try await group.run()
    }
}
