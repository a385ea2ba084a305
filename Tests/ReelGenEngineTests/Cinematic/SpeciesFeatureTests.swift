@testable import ReelGenEngine
import Testing

/// Parts that tell one species from another of the same build, each a catalogue trait: a
/// goat's horns, a hedgehog's spines, a red panda's ringed tail and dark legs, a koala's ears.
@Suite struct SpeciesFeatureTests {
    private static func mesh(_ name: String, features: Set<QuadrupedModel.Feature>? = nil) throws -> Mesh {
        let entry = try #require(row(name))
        return QuadrupedModel(palette: .coat(for: entry, named: nil), build: QuadrupedBuild(entry.form), features: features ?? QuadrupedModel.Feature.of(entry))
            .mesh(for: ActorPose(position: SIMD3(0, 1, 0), forward: SIMD3(0, 0, 1)), length: 2)
    }

    @Test(arguments: [("goat", QuadrupedModel.Feature.horns), ("ibex", .horns), ("hedgehog", .spines), ("porcupine", .spines),
                      ("red panda", .ringedTail), ("red panda", .darkLegs), ("lemur", .ringedTail), ("koala", .tuftedEars),
                      ("camel", .hump), ("pomeranian", .fluff), ("samoyed", .fluff), ("persian cat", .fluff)])
    func theRowGivesTheSpeciesItsParts(name: String, feature: QuadrupedModel.Feature) throws {
        #expect(QuadrupedModel.Feature.of(row(name)).contains(feature), "\(name)")
    }

    /// Horns rise above the top of the head, and a hedgehog's spines stand out from its back.
    @Test func hornsAndSpinesStandOut() throws {
        func top(_ mesh: Mesh) -> Float { mesh.positions.map(\.y).max() ?? 0 }
        #expect(try top(Self.mesh("goat")) > top(Self.mesh("goat", features: [])) + 0.1)
        func back(_ mesh: Mesh) -> Float { mesh.positions.filter { $0.z < 0 }.map(\.y).max() ?? 0 }
        let hedgehog = try Self.mesh("hedgehog"), bare = try Self.mesh("hedgehog", features: [])
        #expect(back(hedgehog) > back(bare) + 0.08)
        #expect(hedgehog.materials.count > bare.materials.count * 2, "over a hundred spines")
    }

    /// A koala's round ears stand out to the sides of its head, turned half outward: broad
    /// seen from the side (their depth along the body) as from the front, not flat discs
    /// that vanish edge-on in a side view.
    @Test func tuftedEarsShowFromTheSide() throws {
        let ears = try Self.mesh("koala").positions.filter { $0.z > 0.85 && $0.y > 1.2 && abs($0.x) > 0.17 }
        let depth = (ears.map(\.z).max() ?? 0) - (ears.map(\.z).min() ?? 0)
        #expect(ears.count > 80 && depth > 0.18, "\(ears.count) corners of ear beside the head, \(depth) m deep")
    }

    /// A fluffy coat puffs a Pomeranian out round; a camel's hump rises over its back.
    @Test func fluffAndHumpsChangeTheOutline() throws {
        func width(_ mesh: Mesh) -> Float { let middle = mesh.positions.filter { abs($0.z) < 0.3 }.map(\.x); return (middle.max() ?? 0) - (middle.min() ?? 0) }
        #expect(try width(Self.mesh("pomeranian")) > width(Self.mesh("pomeranian", features: [])) * 1.2)
        func back(_ mesh: Mesh) -> Float { mesh.positions.filter { abs($0.z) < 0.3 }.map(\.y).max() ?? 0 }
        #expect(try back(Self.mesh("camel")) > back(Self.mesh("camel", features: [])) + 0.1)
        // A spitz carries its plume curled up over its back, above the hips.
        func rump(_ mesh: Mesh) -> Float { mesh.positions.filter { $0.z < -0.5 && $0.z > -0.9 }.map(\.y).max() ?? 0 }
        #expect(try rump(Self.mesh("samoyed")) > rump(Self.mesh("samoyed", features: [])) + 0.2)
    }

    /// A ringed tail is hooped in the row's third colour, and only the tail: the coat stays plain.
    @Test func aRingedTailIsHoopedAndTheCoatPlain() throws {
        let entry = try #require(row("lemur"))
        let rings = CreaturePalette.coat(for: entry, named: nil).membrane
        let mesh = try Self.mesh("lemur")
        let ringed = mesh.positions.indices.filter { (SIMD3(mesh.colors[$0].x, mesh.colors[$0].y, mesh.colors[$0].z) - rings).length < 0.02 }
        #expect(ringed.count > 40)
        #expect(ringed.allSatisfy { mesh.positions[$0].z < 1 - 0.8 }, "rings on the tail, behind the body")
    }

    /// A red panda stands on dark legs: its belly's colour, not its russet coat's.
    @Test func pointedLegsTakeTheBellyColour() throws {
        let palette = CreaturePalette.coat(for: row("red panda"), named: nil)
        let mesh = try Self.mesh("red panda")
        let low = mesh.positions.indices.filter { mesh.positions[$0].y < 0.6 }
        let dark = low.filter { (SIMD3(mesh.colors[$0].x, mesh.colors[$0].y, mesh.colors[$0].z) - palette.belly).length < 0.02 }
        #expect(Float(dark.count) > Float(low.count) * 0.8, "\(dark.count) of \(low.count) low corners in the belly colour")
    }

    /// A close-up of an animal is a portrait: its face turned nearly to the lens, its head in
    /// the frame, nearer than a shot of the whole animal.
    @Test(arguments: ["close up of wolf", "close up of a cat", "close-up of a horse"])
    func aCloseUpOfAnAnimalIsAPortrait(prompt: String) throws {
        func scene(_ prompt: String) -> Scene {
            CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 2))).scene
        }
        let close = scene(prompt), whole = scene(prompt.replacingOccurrences(of: "close up of", with: "").replacingOccurrences(of: "close-up of", with: ""))
        let animal = try #require(close.actors.first { $0.kind == .quadruped })
        let pose = animal.track.pose(at: 1), camera = close.camera.camera(at: 1)
        var toLens = camera.position - pose.position
        toLens.y = 0
        #expect(pose.forward.dot(toLens.normalized) > 0.8, "\(prompt): facing \(pose.forward.dot(toLens.normalized)) to the lens")
        let distance = (animal.track.pose(at: 1).position - camera.position).length
        let other = try #require(whole.actors.first { $0.kind == .quadruped })
        let wholeDistance = (other.track.pose(at: 1).position - whole.camera.camera(at: 1).position).length
        #expect(distance < wholeDistance * 0.75, "\(prompt): \(distance) m against \(wholeDistance) m")
    }
}
