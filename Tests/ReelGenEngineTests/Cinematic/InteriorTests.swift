@testable import ReelGenEngine
import Testing

/// A prompt that happens indoors plays in a room: walls behind the action, a ceiling over
/// it, the sky only through windows, whatever the camera does over the clip.
@Suite struct InteriorTests {
    /// The share of a small frame at `time` where nothing is drawn and the sky shows.
    private func skyShare(_ scene: Scene, at time: Float) -> Double {
        let width = 96, height = 54
        var buffer = VisibilityBuffer(width: width, height: height)
        let meshes = [scene.staticMesh] + scene.actors.map { $0.mesh(at: time) }
        Rasterizer(width: width, height: height).rasterize(meshes, camera: scene.camera.camera(at: time), pool: CinematicFixtures.pool, into: &buffer)
        return Double(buffer.triangle.filter { $0 < 0 }.count) / Double(buffer.triangle.count)
    }

    @Test(arguments: Array(Setting.rooms), [UInt32(1), 2, 3])
    func theCameraSeesARoomNotTheSky(setting: Setting, seed: UInt32) {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: setting, subject: .person, seed: seed)).scene
        for moment in 0...8 {
            let share = skyShare(scene, at: 5 * Float(moment) / 8)
            #expect(share < 0.04, "\(share * 100) % sky at moment \(moment)")
        }
    }

    @Test(arguments: [UInt32(1), 2, 3])
    func anEmptyRoomIsFilmedAcrossTheRoom(seed: UInt32) {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: .interior, seed: seed)).scene
        for moment in 0...8 { #expect(skyShare(scene, at: 5 * Float(moment) / 8) < 0.04) }
    }

    @Test func outdoorsTheSkyStillShows() {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: .meadow, subject: .person)).scene
        #expect(skyShare(scene, at: 0) > 0.1)
    }

    @Test func aBrickWallTheRoomIsMadeOfColoursItsWalls() {
        var plan = CinematicFixtures.plan(setting: .interior)
        plan.subjects = [Subject(concept: "wall", category: .building, size: .medium, attributes: ["brick"])]
        let scene = CinematicFixtures.source(plan).scene
        #expect(scene.actors.isEmpty, "the wall is the room's, not a building standing in it")
        let brick = CreaturePalette.building(attributes: ["brick"]).skin
        #expect(scene.staticMesh.colors.contains { color in
            let difference = SIMD3(color.x, color.y, color.z) - brick
            return max(abs(difference.x), abs(difference.y), abs(difference.z)) < 0.015
        })
    }

    /// "A woman sleeping in her bedroom", "a man at work in his office", "working out at the
    /// gym": each room is furnished after its kind.
    @Test func roomsAreFurnishedAfterTheirKind() {
        let parser = PromptParser()
        #expect(parser.plan(for: RenderRequest(prompt: "a woman sleeping in her bedroom")).setting == .bedroom)
        #expect(parser.plan(for: RenderRequest(prompt: "a man typing in the office")).setting == .office)
        #expect(parser.plan(for: RenderRequest(prompt: "people working out in the gym")).setting == .gym)
        func room(_ setting: Setting) -> Mesh {
            CinematicFixtures.source(CinematicFixtures.plan(setting: setting, subject: .person)).scene.staticMesh
        }
        // White sheets and pillows at a mattress's height above the floor the camera stands on.
        func bedding(_ setting: Setting) -> Int {
            let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: setting, subject: .person)).scene
            let anchor = scene.camera.anchor, floor = scene.terrain.height(anchor.x, anchor.z), mesh = scene.staticMesh
            return (0..<mesh.triangleCount).filter { t in
                let i = Int(mesh.indices[3 * t]), color = mesh.colors[i]
                return mesh.materials[t] == .cloth && min(color.x, color.y, color.z) > 0.5 && (0.4...0.7).contains(mesh.positions[i].y - floor)
            }.count
        }
        #expect(bedding(.bedroom) > 10)
        #expect(bedding(.interior) == 0)
        #expect(bedding(.livingRoom) == 0)
        // Screens on the desks; a mirror on the gym's wall.
        #expect(room(.office).materials.contains(.neon))
        #expect(room(.gym).materials.contains(.glass))
        #expect(!room(.livingRoom).materials.contains(.glass))
    }

    /// "A doctor in a hospital", "people praying in a chapel": someone in a building is inside
    /// it, in the room its row says it has; a building with no one in it stands outdoors.
    @Test func someoneInABuildingIsInsideIt() throws {
        try #require(WordNet.installed != nil)
        let parser = PromptParser()
        func setting(_ prompt: String) -> Setting { parser.plan(for: RenderRequest(prompt: prompt)).setting }
        #expect(setting("people praying in a chapel") == .chapel)
        #expect(setting("a boy in a church") == .chapel)
        #expect(setting("a doctor in a hospital") == .hospital)
        #expect(setting("a man walking in a mosque") == .interior)
        #expect(setting("a church on a hill") == .hills)
        #expect(setting("baby in the shower room") == .bathroom)
        #expect(setting("close up on blood in hospital room") == .hospital)
        #expect(setting("modern equipment used in a home studio") == .studio)
        #expect(setting("the atrium and interior design of a multi floor building") == .interior)
        #expect(setting("interior of catholic") == .chapel)
        #expect(parser.plan(for: RenderRequest(prompt: "people praying in a chapel")).relations.isEmpty)
    }

    /// Whoever sits down sits in what the place offers: a bath in a bathroom (water round
    /// their hips), a sofa in a living room.
    @Test(arguments: [(Setting.bathroom, MaterialID.water), (.livingRoom, .cloth)])
    func someoneSittingDownSitsInWhatThePlaceOffers(setting: Setting, seat: MaterialID) throws {
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: setting, subject: .person, action: .sit)).scene
        let hips = try #require(scene.actors.first { $0.kind == .person }).track.pose(at: 1).position
        func near(_ material: MaterialID) -> Int {
            let mesh = scene.staticMesh
            return mesh.materials.indices.filter { triangle in
                guard mesh.materials[triangle] == material else { return false }
                let corner = mesh.positions[Int(mesh.indices[triangle * 3])]
                return SIMD3(corner.x - hips.x, 0, corner.z - hips.z).length < 1.2 && abs(corner.y - hips.y) < 0.8
            }.count
        }
        #expect(near(seat) > 0, "no \(seat) at the sitter's hips in the \(setting)")
        #expect(near(setting == .bathroom ? .cloth : .water) == 0)
    }

    /// Each room with a purpose has its own fittings: a hospital bed, a tub of water, pews in
    /// rows under coloured glass, speakers and a microphone at a desk.
    @Test func roomsWithAPurposeHaveTheirFittings() {
        func count(_ setting: Setting, _ material: MaterialID) -> Int {
            CinematicFixtures.source(CinematicFixtures.plan(setting: setting, subject: .person)).scene.staticMesh.materials.filter { $0 == material }.count
        }
        #expect(count(.hospital, .metal) > count(.interior, .metal) + 15, "a monitor and a drip stand")
        #expect(count(.bathroom, .water) > 0 && count(.interior, .water) == 0, "a filled tub")
        #expect(count(.chapel, .bark) > count(.interior, .bark) + 100, "rows of pews")
        #expect(count(.chapel, .neon) >= 8 * 12, "two lancets of four coloured panes")
        #expect(count(.studio, .metal) > count(.interior, .metal) + 60, "speakers, a mixing desk, a microphone")
    }
}
