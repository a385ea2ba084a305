@testable import ReelGenEngine
import Testing

/// Reflections in water: the shore's pixels mirrored onto the water below them.
@Suite struct WaterReflectionTests {
    private static let width = 160, height = 120
    /// Red below, green above: a post standing on the water 20 m ahead.
    private static let red = SIMD3<Float>(1, 0, 0), green = SIMD3<Float>(0, 1, 0)
    private static let waterColor = SIMD3<Float>(0, 0, 0.1)
    private static let camera = Camera(position: SIMD3(0, 2, 0), yaw: 0, pitch: -0.1, roll: 0, verticalFieldOfView: 0.9, focusDistance: 20)

    /// A black sky without clouds, and no fog: only mirrored colour can change the water.
    private static let pass = WaterReflectionPass(
        level: 0,
        sky: Sky(sunDirection: SIMD3(0, 1, 0), sunColor: .zero, directLight: .zero, sunDiskSize: 0, zenith: .zero, horizon: .zero, bounce: .zero,
                 cloudCover: 0, cloudLit: .zero, cloudShadow: .zero, stars: 0, noise: ValueNoise(seed: 1), flat: true),
        fog: Fog(density: 0, falloff: 0.01, color: .zero, sunGlow: .zero), noise: ValueNoise(seed: 2))

    /// Rasterizes the water and the meshes, paints every surface its vertex colour and the
    /// water dark blue, then lets the pass reflect.
    private static func reflect(_ meshes: [Mesh]) -> (before: HDRImage, after: HDRImage) {
        var buffer = VisibilityBuffer(width: width, height: height)
        Rasterizer(width: width, height: height)
            .rasterize([WaterMesher().mesh(level: 0, center: .zero)] + meshes, camera: camera, pool: CinematicFixtures.pool, into: &buffer)
        var image = HDRImage(width: width, height: height)
        for p in image.pixels.indices where buffer.triangle[p] >= 0 {
            let triangle = buffer.triangles[Int(buffer.triangle[p])]
            image.pixels[p] = triangle.material == .water ? waterColor : SIMD3(triangle.c0.x, triangle.c0.y, triangle.c0.z)
        }
        var after = image
        var sources = [Int32](repeating: 0, count: width * height)
        pass.reflect(buffer, camera: camera, pool: CinematicFixtures.pool, sources: &sources, into: &after)
        return (image, after)
    }

    private static func post() -> Mesh {
        var mesh = Mesh()
        mesh.addBox(center: SIMD3(0, 1.5, 20), size: SIMD3(2, 3, 0.5), color: red, material: .stone)
        mesh.addBox(center: SIMD3(0, 4.5, 20), size: SIMD3(2, 3, 0.5), color: green, material: .stone)
        return mesh
    }

    private static func pixel(_ image: HDRImage, of world: SIMD3<Float>) throws -> SIMD3<Float> {
        let screen = ScreenProjection(camera: camera, width: width, height: height)
        let spot = try #require(screen.project(world, margin: 0))
        return image.pixels[Int(spot.y) * width + Int(spot.x)]
    }

    @Test func thePostStandsUpsideDownInTheWater() throws {
        let (before, after) = Self.reflect([Self.post()])
        #expect(try Self.pixel(before, of: SIMD3(0, -1.5, 20)) == Self.waterColor, "the mirror image's place is water")
        let nearLine = try Self.pixel(after, of: SIMD3(0, -1.5, 20))
        let farFromLine = try Self.pixel(after, of: SIMD3(0, -4.5, 20))
        // Looking down a few degrees, water reflects a few per cent: Fresnel, not a full mirror.
        #expect(nearLine.x > 0.02 && nearLine.x < 0.5 && nearLine.y < 0.005, "red just below the waterline, got \(nearLine)")
        #expect(farFromLine.y > 0.02 && farFromLine.x < 0.005, "green further down, got \(farFromLine)")
        #expect(try Self.pixel(after, of: SIMD3(8, -1.5, 20)) == Self.waterColor, "beside the post the water keeps the sky")
        #expect(try Self.pixel(after, of: SIMD3(0, 1.5, 20)) == Self.pixel(before, of: SIMD3(0, 1.5, 20)), "the post itself is untouched")
    }

    @Test func aSurfaceFacingAwayFromTheMirrorIsNotReflected() throws {
        // A thin mat 1 m above the water: the camera sees its top, the water would see its underside.
        var mat = Mesh()
        mat.addBox(center: SIMD3(0, 1, 12), size: SIMD3(6, 0.02, 6), color: Self.red, material: .stone)
        let (before, after) = Self.reflect([mat])
        let below = SIMD3<Float>(0, -1, 12)
        #expect(try Self.pixel(before, of: below) == Self.waterColor)
        #expect(try Self.pixel(after, of: below) == Self.waterColor)
    }
}
