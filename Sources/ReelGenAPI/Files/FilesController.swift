import Hummingbird
import Logging
import FoundationEssentials

/// Serves job outputs at `/files/{id}/{name}` to anyone holding a valid signed URL.
/// Only the three known file names under a UUID directory are served, so no path
/// component comes from user input. Range, ETag and HEAD come from Hummingbird's
/// `FileMiddleware`, pointed at the output root.
struct FilesController: Sendable {
    static let servedNames: Set<String> = ["output.mp4", "preview.gif", "poster.jpg"]

    let outputRoot: String
    let signer: URLSigner
    let files: FileMiddleware<APIRequestContext, LocalFileSystem>

    init(outputRoot: String, signer: URLSigner, logger: Logger) {
        self.outputRoot = outputRoot
        self.signer = signer
        self.files = FileMiddleware(outputRoot, urlBasePath: "/files", logger: logger)
    }

    func addRoutes(to router: Router<APIRequestContext>) {
        router.get("/files/:id/:name") { request, context in try await serve(request, context: context) }
        router.head("/files/:id/:name") { request, context in try await serve(request, context: context) }
    }

    func serve(_ request: Request, context: APIRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id"), UUID(uuidString: id) != nil,
              let name = context.parameters.get("name"), Self.servedNames.contains(name)
        else { throw APIError(.notFound, "No such file.") }
        let query = request.uri.queryParameters
        guard signer.verify(path: request.uri.path, expires: query["expires"].map(String.init), sig: query["sig"].map(String.init)) else {
            throw APIError(.forbidden, "The link's signature is invalid or has expired. Fetch the generation again for a fresh link.")
        }
        if let refusal = unsatisfiable(request, file: "\(outputRoot)/\(id)/\(name)") { return refusal }
        do {
            // FileMiddleware serves the file only when the rest of the chain answers 404.
            return try await files.handle(request, context: context) { _, _ in throw HTTPError(.notFound) }
        } catch let error as HTTPError where error.status == .notFound {
            throw APIError(.notFound, "No such file.")
        }
    }

    /// A range that starts at or past the end of the file is 416 with the file's size
    /// (RFC 9110 §15.5.17), which a client resuming a finished download relies on;
    /// `FileMiddleware` would answer it with a 206 whose length is negative.
    private func unsatisfiable(_ request: Request, file: String) -> Response? {
        guard let range = request.headers[.range], range.hasPrefix("bytes="),
              let first = range.dropFirst(6).split(separator: ",").first,
              let start = first.split(separator: "-", omittingEmptySubsequences: false).first.flatMap({ Int($0) }),
              let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int, start >= size
        else { return nil }
        return Response(status: .rangeNotSatisfiable, headers: [.contentRange: "bytes */\(size)", .acceptRanges: "bytes"])
    }
}
