import HTTPTypes
import Hummingbird
import Logging
import FoundationEssentials

/// Gives every request an id, puts it on the logger and echoes it as `x-request-id`
/// on every response, errors included. A well-formed id sent by the client is kept so
/// its own logs line up with ours.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let requestID = request.headers[.requestID].flatMap(Self.acceptable) ?? UUID().uuidString.lowercased()
        context.requestID = requestID
        context.logger[metadataKey: "request_id"] = .string(requestID)
        var response = try await next(request, context)
        response.headers[.requestID] = requestID
        return response
    }

    /// A client id is kept only if short and plain, so it cannot inject into logs or headers.
    private static func acceptable(_ value: String) -> String? {
        let allowed = value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
        return (1...128).contains(value.utf8.count) && allowed ? value : nil
    }
}

extension HTTPField.Name {
    static let requestID = Self("x-request-id")!
}
