// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// On x86-64 the engine targets Haswell (2013) and later: AVX2 and FMA, and rounding in
/// one instruction rather than a call into libm, which makes a frame about 8 % cheaper.
/// Swift contracts no multiply-add on its own, so the bytes of a clip do not change.
#if arch(x86_64)
let engineCPU = ["-target-cpu", "haswell"]
#else
let engineCPU: [String] = []
#endif

/// The engine's per-pixel loops run without overflow and bounds traps, in every build:
/// the traps cost about a fifth of a frame, and debug tests would spend minutes
/// rasterising without the optimiser. The service's code keeps its checks.
let engineSettings: [SwiftSetting] = swiftSettings + [
    .unsafeFlags(["-Ounchecked"] + engineCPU),
]

let package = Package(
    name: "reelgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reelgen", targets: ["ReelGen"]),
        .library(name: "ReelGenClient", targets: ["ReelGenClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CFFmpeg",
            pkgConfig: "libavcodec libavformat libavutil libswscale libavfilter",
            providers: [.apt(["libavcodec-dev", "libavformat-dev", "libavutil-dev", "libswscale-dev", "libavfilter-dev"])]
        ),
        .target(
            name: "ReelGenEngine",
            dependencies: ["CFFmpeg"],
            resources: [.copy("Resources/concepts.tsv")],
            swiftSettings: engineSettings
        ),
        .target(
            name: "ReelGenJobs",
            dependencies: [
                "ReelGenEngine",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReelGenAPI",
            dependencies: [
                "ReelGenEngine",
                "ReelGenJobs",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReelGenClient",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ReelGen",
            dependencies: [
                "ReelGenAPI",
                "ReelGenClient",
                "ReelGenEngine",
                "ReelGenJobs",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ReelGenBench",
            dependencies: ["ReelGenEngine"],
            path: "Benchmarks/ReelGenBench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ReelGenLanguageBench",
            dependencies: ["ReelGenEngine"],
            path: "Benchmarks/ReelGenLanguageBench",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReelGenEngineTests",
            dependencies: ["ReelGenEngine"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReelGenJobsTests",
            dependencies: [
                "ReelGenJobs",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReelGenAPITests",
            dependencies: [
                "ReelGenAPI",
                "ReelGenClient",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReelGenTests",
            dependencies: ["ReelGenClient"],
            swiftSettings: swiftSettings
        ),
    ]
)
