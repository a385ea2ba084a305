import Foundation

/// The tile rasterizer: projects meshes through a camera, clips against the near plane,
/// bins triangles into horizontal bands, and scans the bands in parallel into a
/// visibility buffer. Each band is owned by exactly one task and triangles are visited in
/// submission order, so the result never depends on which thread ran what.
struct Rasterizer: Sendable {
    let width: Int
    let height: Int
    static let bandHeight = 16
    static let nearPlane: Float = 0.05

    /// Draws `meshes` into `buffer` (of this size), replacing whatever it held: the buffer
    /// is reused from frame to frame, so a frame costs no fresh pages.
    func rasterize(_ meshes: [Mesh], camera: Camera, pool: RenderThreadPool, into buffer: inout VisibilityBuffer) {
        precondition(buffer.width == width && buffer.height == height)
        let projection = Projection(camera: camera, width: width, height: height)
        var triangles = buffer.triangles
        buffer.triangles = []
        triangles.removeAll(keepingCapacity: true)
        buffer.meshStarts.removeAll(keepingCapacity: true)
        for mesh in meshes {
            buffer.meshStarts.append(Int32(triangles.count))
            assemble(mesh, camera: camera, projection: projection, into: &triangles)
        }
        let (order, starts) = bin(triangles)
        scan(triangles, order: order, starts: starts, into: &buffer, pool: pool)
        buffer.triangles = triangles
    }

    /// View-space to pixel mapping for one camera.
    struct Projection {
        let focal: Float
        let centerX: Float
        let centerY: Float
        /// tan of the half field of view, with a margin, for frustum culling.
        let limitX: Float
        let limitY: Float

        init(camera: Camera, width: Int, height: Int) {
            focal = Float(height) * 0.5 / tanf(camera.verticalFieldOfView * 0.5)
            centerX = Float(width) * 0.5
            centerY = Float(height) * 0.5
            limitX = (centerX + 2) / focal
            limitY = (centerY + 2) / focal
        }

        @inline(__always) func project(_ v: SIMD3<Float>) -> SIMD2<Float> {
            let inverse = 1 / v.z
            return SIMD2(centerX + v.x * inverse * focal, centerY - v.y * inverse * focal)
        }
    }

    private func assemble(_ mesh: Mesh, camera: Camera, projection: Projection, into triangles: inout [ScreenTriangle]) {
        let origin = camera.position
        var view = [SIMD3<Float>](repeating: .zero, count: mesh.positions.count)
        var outcode = [UInt8](repeating: 0, count: mesh.positions.count)
        for i in mesh.positions.indices {
            let d = mesh.positions[i] - origin
            let v = SIMD3(d.dot(camera.right), d.dot(camera.up), d.dot(camera.forward))
            view[i] = v
            var code: UInt8 = 0
            if v.z < Self.nearPlane { code |= 1 }
            if v.x < -v.z * projection.limitX { code |= 2 }
            if v.x > v.z * projection.limitX { code |= 4 }
            if v.y < -v.z * projection.limitY { code |= 8 }
            if v.y > v.z * projection.limitY { code |= 16 }
            outcode[i] = code
        }
        for t in 0..<mesh.triangleCount {
            let i0 = Int(mesh.indices[3 * t]), i1 = Int(mesh.indices[3 * t + 1]), i2 = Int(mesh.indices[3 * t + 2])
            if outcode[i0] & outcode[i1] & outcode[i2] != 0 { continue }
            let material = mesh.materials[t]
            if !material.isTwoSided
                && mesh.normals[i0].dot(origin - mesh.positions[i0]) < 0
                && mesh.normals[i1].dot(origin - mesh.positions[i1]) < 0
                && mesh.normals[i2].dot(origin - mesh.positions[i2]) < 0 { continue }
            let a = ClipVertex(view: view[i0], normal: mesh.normals[i0], color: mesh.colors[i0], surface: mesh.surface[i0])
            let b = ClipVertex(view: view[i1], normal: mesh.normals[i1], color: mesh.colors[i1], surface: mesh.surface[i1])
            let c = ClipVertex(view: view[i2], normal: mesh.normals[i2], color: mesh.colors[i2], surface: mesh.surface[i2])
            if (outcode[i0] | outcode[i1] | outcode[i2]) & 1 == 0 {
                emit(a, b, c, material: material, projection: projection, into: &triangles)
            } else {
                let polygon = clipNear([a, b, c])
                if polygon.count < 3 { continue }
                for k in 1..<(polygon.count - 1) {
                    emit(polygon[0], polygon[k], polygon[k + 1], material: material, projection: projection, into: &triangles)
                }
            }
        }
    }

    /// Sutherland–Hodgman against z = near.
    private func clipNear(_ corners: [ClipVertex]) -> [ClipVertex] {
        var result: [ClipVertex] = []
        for k in 0..<corners.count {
            let a = corners[k], b = corners[(k + 1) % corners.count]
            let aIn = a.view.z >= Self.nearPlane, bIn = b.view.z >= Self.nearPlane
            if aIn { result.append(a) }
            if aIn != bIn {
                result.append(a.mixed(with: b, (Self.nearPlane - a.view.z) / (b.view.z - a.view.z)))
            }
        }
        return result
    }

    private func emit(_ a: ClipVertex, _ b: ClipVertex, _ c: ClipVertex, material: MaterialID, projection: Projection, into triangles: inout [ScreenTriangle]) {
        let p0 = projection.project(a.view)
        var p1 = projection.project(b.view), p2 = projection.project(c.view)
        let area = (p1.x - p0.x) * (p2.y - p0.y) - (p1.y - p0.y) * (p2.x - p0.x)
        guard abs(area) > 1e-7 else { return }
        var second = b, third = c
        if area < 0 {
            swap(&p1, &p2)
            swap(&second, &third)
        }
        let minY = max(0, Int((min(p0.y, p1.y, p2.y) - 0.5).rounded(.up)))
        let maxY = min(height - 1, Int((max(p0.y, p1.y, p2.y) - 0.5).rounded(.down)))
        let minX = max(0, Int((min(p0.x, p1.x, p2.x) - 0.5).rounded(.up)))
        let maxX = min(width - 1, Int((max(p0.x, p1.x, p2.x) - 0.5).rounded(.down)))
        guard minY <= maxY, minX <= maxX else { return }
        triangles.append(ScreenTriangle(
            p0: p0, p1: p1, p2: p2,
            inverseDepth: SIMD3(1 / a.view.z, 1 / second.view.z, 1 / third.view.z),
            n0: a.normal, n1: second.normal, n2: third.normal,
            c0: a.color, c1: second.color, c2: third.color,
            s0: a.surface, s1: second.surface, s2: third.surface,
            material: material, minY: Int32(minY), maxY: Int32(maxY)))
    }

    /// Counting sort of triangle indices by band, keeping submission order inside a band.
    private func bin(_ triangles: [ScreenTriangle]) -> (order: [Int32], starts: [Int]) {
        let bands = (height + Self.bandHeight - 1) / Self.bandHeight
        var counts = [Int](repeating: 0, count: bands + 1)
        for t in triangles {
            for band in Int(t.minY) / Self.bandHeight...Int(t.maxY) / Self.bandHeight { counts[band + 1] += 1 }
        }
        for band in 0..<bands { counts[band + 1] += counts[band] }
        var cursor = counts
        var order = [Int32](repeating: 0, count: counts[bands])
        for (index, t) in triangles.enumerated() {
            for band in Int(t.minY) / Self.bandHeight...Int(t.maxY) / Self.bandHeight {
                order[cursor[band]] = Int32(index)
                cursor[band] += 1
            }
        }
        return (order, counts)
    }

    private func scan(_ triangles: [ScreenTriangle], order: [Int32], starts: [Int], into buffer: inout VisibilityBuffer, pool: RenderThreadPool) {
        let bands = starts.count - 1
        let width = self.width, height = self.height
        triangles.withUnsafeBufferPointer { triangles in
            order.withUnsafeBufferPointer { order in
                buffer.inverseDepth.withUnsafeMutableBufferPointer { depth in
                    buffer.triangle.withUnsafeMutableBufferPointer { ids in
                        buffer.barycentric.withUnsafeMutableBufferPointer { weights in
                            pool.parallelFor(bands) { band in
                                let top = band * Self.bandHeight, bottom = min(top + Self.bandHeight, height) - 1
                                let rows = (top * width)..<((bottom + 1) * width)
                                UnsafeMutableBufferPointer(rebasing: depth[rows]).update(repeating: 0)
                                UnsafeMutableBufferPointer(rebasing: ids[rows]).update(repeating: -1)
                                for k in starts[band]..<starts[band + 1] {
                                    let index = order[k]
                                    Self.scanTriangle(triangles[Int(index)], index: index, top: top, bottom: bottom, width: width,
                                                      depth: depth, ids: ids, weights: weights)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Fills one triangle's pixels inside rows `top...bottom`, keeping the nearest surface.
    @inline(__always)
    private static func scanTriangle(
        _ t: ScreenTriangle, index: Int32, top: Int, bottom: Int, width: Int,
        depth: UnsafeMutableBufferPointer<Float>, ids: UnsafeMutableBufferPointer<Int32>, weights: UnsafeMutableBufferPointer<SIMD2<Float>>
    ) {
        let area = (t.p1.x - t.p0.x) * (t.p2.y - t.p0.y) - (t.p1.y - t.p0.y) * (t.p2.x - t.p0.x)
        let inverseArea = 1 / area
        // λi = a.i * x + b.i * y + c.i for the weight of corner i.
        let a = SIMD3(-(t.p2.y - t.p1.y), -(t.p0.y - t.p2.y), -(t.p1.y - t.p0.y)) * inverseArea
        let b = SIMD3(t.p2.x - t.p1.x, t.p0.x - t.p2.x, t.p1.x - t.p0.x) * inverseArea
        let c = SIMD3(-a.x * t.p1.x - b.x * t.p1.y, -a.y * t.p2.x - b.y * t.p2.y, -a.z * t.p0.x - b.z * t.p0.y)
        let w = t.inverseDepth
        let firstRow = max(top, Int(t.minY)), lastRow = min(bottom, Int(t.maxY))
        guard firstRow <= lastRow else { return }
        let xLimit = Float(width - 1)
        for y in firstRow...lastRow {
            let yc = Float(y) + 0.5
            let row = b * yc + c
            var low: Float = 0, high = xLimit + 1
            var empty = false
            for i in 0..<3 {
                if a[i] > 1e-12 {
                    low = max(low, -row[i] / a[i])
                } else if a[i] < -1e-12 {
                    high = min(high, -row[i] / a[i])
                } else if row[i] < 0 {
                    empty = true
                }
            }
            if empty { continue }
            let startX = max(0, Int((low - 0.5).rounded(.up))), endX = min(width - 1, Int((high - 0.5).rounded(.down)))
            if startX > endX { continue }
            let rowBase = y * width
            var lambda = a * (Float(startX) + 0.5) + row
            for x in startX...endX {
                let l = SIMD3(max(lambda.x, 0), max(lambda.y, 0), max(lambda.z, 0))
                let inverse = (l * w).sum()
                let p = rowBase + x
                if inverse > depth[p] {
                    depth[p] = inverse
                    ids[p] = index
                    weights[p] = SIMD2(l.y * w.y, l.z * w.z)
                }
                lambda += a
            }
        }
    }
}
