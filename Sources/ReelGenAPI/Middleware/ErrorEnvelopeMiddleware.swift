import Hummingbird
import Logging
import NIOCore
import FoundationEssentials

/// Turns every thrown error into our JSON error envelope. Errors we meant (`APIError`,
/// Hummingbird's `HTTPResponseError`s such as 404 for an unknown route or 413 for a
/// large body) keep their status and message; anything else is logged with the request
/// id and answered as a generic 500 without internal text.
struct ErrorEnvelopeMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return Self.envelope(error, request: request, context: context)
        } catch let error as any HTTPResponseError {
            return Self.envelope(Self.apiError(from: error), request: request, context: context)
        } catch {
            context.logger.error("Unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            let internalError = APIError(.internalServerError, "Internal server error. Quote the request id when reporting it.")
            return Self.envelope(internalError, request: request, context: context)
        }
    }

    private static func apiError(from error: any HTTPResponseError) -> APIError {
        let message: String
        switch error.status {
        case .notFound: message = "Not found."
        case .methodNotAllowed: message = "Method not allowed."
        case .contentTooLarge: message = "Request body is larger than 64 KiB."
        default: message = (error as? HTTPError)?.body ?? error.status.reasonPhrase
        }
        return APIError(error.status, message)
    }

    static func envelope(_ error: APIError, request: Request, context: Context) -> Response {
        let body = ErrorEnvelope(
            message: error.message,
            path: request.uri.path,
            requestId: context.requestID,
            statusCode: error.status.code,
            timestamp: Int(Date().timeIntervalSince1970),
            errors: error.fieldErrors.isEmpty ? nil : error.fieldErrors
        )
        var headers = error.headers
        headers[.contentType] = "application/json; charset=utf-8"
        let data = (try? JSONEncoder().encode(body)) ?? Data()
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
