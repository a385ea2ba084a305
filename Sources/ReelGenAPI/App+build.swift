public import Hummingbird
public import Logging
public import Prometheus
import ReelGenEngine
import ReelGenJobs
import ServiceLifecycle

/// Builds the whole server: store, engines, worker pool, retention sweeper and the HTTP
/// routes, as one application whose `ServiceGroup` shuts down gracefully on SIGTERM/SIGINT,
/// draining first (see `ReelGenApplication`). `reelgen serve` and the tests call this
/// same function.
///
/// - Parameter onFirstKey: called with the secret when the store had no key and one
///   was created, so the CLI can show it once.
public func buildApplication(
    _ config: AppConfiguration,
    logger: Logger,
    registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
    onFirstKey: @escaping @Sendable (String) -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let opened = try await StoreFactory.open(dataDirectory: config.dataDirectory, databaseURL: config.databaseURL, logger: logger)
    let engines = try EngineRegistry.standard(defaultEngineID: config.defaultEngine, pool: RenderThreadPool())
    let signingKey = try config.signingKey ?? SigningKeyFile(dataDirectory: config.dataDirectory).loadOrCreate()
    let signer = URLSigner(key: signingKey, lifetime: config.urlLifetime)
    let drain = DrainState()
    let pool = WorkerPool(store: opened.store, engines: engines, outputs: opened.outputs, configuration: config.workers, logger: logger)

    let router = Router(context: APIRequestContext.self)
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: HTTPMetricsMiddleware(registry: registry))
    router.add(middleware: ErrorEnvelopeMiddleware())
    let openAPI = OpenAPIDocument.make(engines: engines)
    router.add(middleware: MethodNotAllowedMiddleware(document: openAPI))
    OperationsController(
        store: opened.store, drain: drain, workers: pool.liveness, workerIDs: pool.workerIDs, registry: registry
    ).addRoutes(to: router)
    FilesController(outputRoot: opened.outputs.root, signer: signer, logger: logger).addRoutes(to: router)
    router.get("/openapi.json") { _, _ in try GenerationsController.json(openAPI, status: .ok) }
    GenerationsController(
        store: opened.store, engines: engines, limits: config.queueLimits,
        links: FileLinks(publicURL: config.resolvedPublicURL, signer: signer),
        retryAfterSeconds: config.retryAfterSeconds, drain: drain, newJobs: pool.newJobs
    ).addRoutes(to: router.group().add(middleware: APIKeyAuthenticator(keys: opened.store)))

    var dependencies: [any Service] = []
    if let database = opened.service { dependencies.append(database) }
    let drained: [any Service] = [
        pool,
        RetentionSweeper(store: opened.store, outputs: opened.outputs, retention: config.retention, logger: logger),
    ]

    var http = Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "ReelGen"),
        logger: logger
    )
    let store = opened.store
    let apiKey = config.apiKey
    http.beforeServerStarts {
        if let apiKey { try await store.ensureKey(secret: apiKey, name: "from REELGEN_API_KEY") }
        if try await store.keys().isEmpty { onFirstKey(try await store.issueKey(name: "first key")) }
    }
    return ReelGenApplication(
        http: http, dependencies: dependencies, drained: drained, drainState: drain, drainPeriod: config.drainPeriod
    )
}
