import HTTPTypes
import Hummingbird

/// A method the API does not offer on a path it has (`DELETE /v2/video/generations`) is
/// 405 with `Allow` (RFC 9110), not the router's 404, so a client learns the path is right
/// and the method wrong. The paths and methods are the OpenAPI document's, so the two
/// cannot drift apart.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    /// Each documented path as its segments (`{id}` matches any one), with its methods.
    private let routes: [(segments: [Substring], allowed: [String])]

    init(document: JSONNode) {
        guard case .object(let paths)? = document["paths"] else {
            routes = []
            return
        }
        routes = paths.map { path, operations in
            guard case .object(let methods) = operations else { return (path.split(separator: "/"), []) }
            return (path.split(separator: "/"), methods.keys.map { $0.uppercased() }.sorted())
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let segments = request.uri.path.split(separator: "/")
        if let route = routes.first(where: { Self.matches($0.segments, segments) }), !route.allowed.contains(request.method.rawValue) {
            throw APIError(
                .methodNotAllowed, "\(request.method.rawValue) is not offered here; use \(route.allowed.joined(separator: " or ")).",
                headers: [.allow: route.allowed.joined(separator: ", ")]
            )
        }
        return try await next(request, context)
    }

    private static func matches(_ pattern: [Substring], _ segments: [Substring]) -> Bool {
        pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }
}
