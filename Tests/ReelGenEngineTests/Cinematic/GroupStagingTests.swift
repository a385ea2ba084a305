@testable import ReelGenEngine
import Testing

/// Several of one subject stand or move together, each their own, all in shot.
@Suite struct GroupStagingTests {
    private static func scene(_ category: Subject.Category, count: Int, action: Action) -> Scene {
        var plan = CinematicFixtures.plan(setting: .park, subject: category, action: action)
        plan.subjects = [Subject(concept: "\(category)", category: category, count: count)]
        return CinematicFixtures.source(plan).scene
    }

    private static func gaps(_ actors: [Actor], at time: Float) -> (nearest: Float, farthest: Float) {
        let positions = actors.map { $0.track.pose(at: time).position }
        var nearest = Float.infinity, farthest: Float = 0
        for i in positions.indices {
            for j in positions.indices where j > i {
                let gap = (positions[i] - positions[j]).length
                nearest = min(nearest, gap)
                farthest = max(farthest, gap)
            }
        }
        return (nearest, farthest)
    }

    @Test func aFamilyStandsTogetherAllInShot() {
        let scene = Self.scene(.person, count: 4, action: .idle)
        #expect(scene.actors.count == 4)
        let (nearest, farthest) = Self.gaps(scene.actors, at: 0)
        #expect(nearest > 0.5, "no one stands inside another (nearest \(nearest) m)")
        #expect(farthest < 4, "close enough to read as a group (farthest \(farthest) m)")
        let camera = scene.camera.camera(at: 0)
        let screen = ScreenProjection(camera: camera, width: 128, height: 72)
        for actor in scene.actors {
            let head = actor.kind.head(of: actor.track.pose(at: 0), length: actor.length)
            #expect(screen.project(head, margin: 0) != nil, "everyone's head is in the frame")
        }
        #expect(Set(scene.actors.map { $0.palette.skin.x }).count > 1, "they do not all wear the same shirt")
    }

    @Test func aWomanAndHerChildStandSideBySideInShot() {
        var plan = CinematicFixtures.plan(setting: .park, subject: .person)
        plan.subjects = [Subject(concept: "woman", category: .person), Subject(concept: "child", category: .person, size: .small)]
        let scene = CinematicFixtures.source(plan).scene
        #expect(scene.actors.count == 2)
        let camera = scene.camera.camera(at: 0)
        let screen = ScreenProjection(camera: camera, width: 128, height: 72)
        let positions = scene.actors.map { $0.track.pose(at: 0).position }
        let depths = positions.map { ($0 - camera.position).dot(camera.forward) }
        #expect(abs(depths[0] - depths[1]) < 0.6, "the child stands beside her, not nearer the lens (\(depths))")
        #expect((positions[0] - positions[1]).length < 1.5, "shoulder to shoulder")
        for actor in scene.actors {
            let head = actor.kind.head(of: actor.track.pose(at: 0), length: actor.length)
            #expect(screen.project(head, margin: 0) != nil, "both heads are in the frame")
        }
    }

    /// "A man and a woman": told apart at a glance by hair and dress, and no two people
    /// side by side in the same shirt.
    @Test(arguments: [UInt32(1), 2, 3, 4, 5, 6])
    func aManAndAWomanLookTheirParts(seed: UInt32) {
        var plan = CinematicFixtures.plan(setting: .beach, subject: .person, action: .walk, seed: seed)
        plan.subjects = [Subject(concept: "man", category: .person), Subject(concept: "woman", category: .person)]
        plan.beats[0].actions.append(SubjectAction(subject: 1, action: .walk))
        let actors = CinematicFixtures.source(plan).scene.actors
        #expect(actors.map(\.figure.longHair) == [false, true])
        #expect(!actors[0].figure.dress)
        #expect(actors[0].palette.skin != actors[1].palette.skin, "both wear \(actors[0].palette.skin)")
        // Long hair reaches below the chin, behind the head: the man's stops above it.
        func lowestHair(_ actor: Actor) -> Float {
            let pose = actor.track.pose(at: 0)
            let mesh = PersonModel(palette: actor.palette, figure: actor.figure).mesh(for: pose, length: 1.75)
            let hair = mesh.positions.indices.filter { SIMD3(mesh.colors[$0].x, mesh.colors[$0].y, mesh.colors[$0].z) == actor.palette.horn }
            return (hair.map { mesh.positions[$0].y }.min() ?? 0) - pose.position.y
        }
        #expect(lowestHair(actors[1]) < lowestHair(actors[0]) - 0.2)
    }

    private static func figure(_ prompt: String, seed: UInt32) throws -> PersonModel.Figure {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: seed))).scene
        return try #require(scene.actors.first { $0.kind == .person }, "\(prompt)").figure
    }

    /// Family words say who is who: "her brother" has short hair and no dress, "twin sisters" long hair.
    @Test(arguments: [UInt32(1), 2, 3])
    func brothersAndSistersLookTheirParts(seed: UInt32) throws {
        for word in ["brother", "son", "father", "grandpa"] {
            let figure = try Self.figure("her \(word) smiling", seed: seed)
            #expect(!figure.longHair && !figure.dress, "\(word)")
        }
        for word in ["sister", "daughter", "mother", "grandma"] {
            #expect(try Self.figure("her \(word) smiling", seed: seed).longHair, "\(word)")
        }
    }

    /// A person word before a person says who they are: "a male vendor" is a man.
    @Test(arguments: [UInt32(1), 2, 3, 4])
    func maleAndFemaleSayWhoTheyAre(seed: UInt32) throws {
        let vendor = try Self.figure("a male vendor selling fruits", seed: seed)
        #expect(!vendor.longHair && !vendor.dress)
        #expect(try Self.figure("a female doctor walking", seed: seed).longHair)
        #expect(try Self.figure("a young man walking", seed: seed).child == false, "a young man is a grown-up")
    }

    /// A baby is a small child who sits, in neither a dress nor long hair.
    @Test(arguments: [UInt32(1), 2, 3, 4])
    func aBabySits(seed: UInt32) throws {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: "baby in the shower room", seed: seed))).scene
        let baby = try #require(scene.actors.first { $0.kind == .person })
        #expect(baby.figure.child && !baby.figure.dress && !baby.figure.longHair)
        #expect(baby.length < 0.8)
        #expect(baby.track.pose(at: 2).seated || baby.track.segments.allSatisfy { $0.actions.contains(.sit) })
    }

    /// "Lying on the sofa": on its cushions, not on a rug on the floor beside the room's sofa.
    @Test func someoneLyingOnASofaLiesOnIt() throws {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: "a woman lying on the sofa in the living room", seed: 5))).scene
        let person = try #require(scene.actors.first { $0.kind == .person })
        let pose = person.track.pose(at: 2.5), ground = scene.terrain.height(pose.position.x, pose.position.z)
        #expect(pose.lying)
        #expect(pose.position.y - ground > ActorTrack.sofaSeatHeight, "hips \(pose.position.y - ground) m up")
        let cushions = scene.staticMesh.positions.filter { point in
            SIMD3(point.x - pose.position.x, 0, point.z - pose.position.z).length < 1.2 && abs(point.y - ground - ActorTrack.sofaSeatHeight) < 0.03
        }
        #expect(cushions.count >= 4, "a seat top under her")
        // Filmed lying there: her head (back from her hips) and her hips are in the middle
        // band of the shot, not at its bottom edge under a stretch of wall.
        let projection = ScreenProjection(camera: scene.camera.camera(at: 2.5), width: 128, height: 72)
        let head = pose.position - pose.forward * (0.8 * person.length / 1.75)
        for (part, point) in [("head", head), ("hips", pose.position)] {
            let y = try #require(projection.project(point, margin: 0), "her \(part) is in the shot").y
            #expect(y > 72 * 0.2 && y < 72 * 0.8, "her \(part) is \(y) px down a 72 px frame")
        }
    }

    /// "A cat sleeping on a sofa", "a dog sitting on the couch": the animal lies or sits on
    /// the cushions of a sofa set under it, not on the floor in front of the room's sofa.
    @Test(arguments: ["a cat sleeping on a sofa", "a dog sitting on the couch", "a dog lying on the bed"])
    func anAnimalOnFurnitureIsOnIt(prompt: String) throws {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 5))).scene
        let animal = try #require(scene.actors.first { $0.kind == .quadruped })
        let pose = animal.track.pose(at: 2.5), ground = scene.terrain.height(pose.position.x, pose.position.z)
        #expect(pose.lying || pose.seated)
        let top = prompt.hasSuffix("bed") ? BedModel.mattressTop : ActorTrack.sofaSeatHeight
        #expect(pose.position.y - ground > top, "\(prompt): \(pose.position.y - ground) m up")
        let under = scene.staticMesh.positions.filter { point in
            SIMD3(point.x - pose.position.x, 0, point.z - pose.position.z).length < 1.2 && abs(point.y - ground - top) < 0.06
        }
        #expect(under.count >= 4, "\(prompt): something to lie on under it")
    }

    /// A dog or cat named with a person is at their side, in the same shot, and pet-sized.
    @Test(arguments: ["boy sitting on grass petting a dog", "a woman with her cat in the living room", "a man and his dog in the park"])
    func aPetStaysBesideItsPerson(prompt: String) throws {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 5))).scene
        let person = try #require(scene.actors.first { $0.kind == .person }), pet = try #require(scene.actors.first { $0.kind == .quadruped })
        #expect(pet.length < 1.5, "pet-sized, not \(pet.length) m")
        let apart = (pet.track.pose(at: 0).position - person.track.pose(at: 0).position).length
        #expect(apart < 2.5, "\(apart) m apart")
        let camera = scene.camera.camera(at: 0)
        let projection = ScreenProjection(camera: camera, width: 128, height: 72)
        #expect(projection.project(pet.track.pose(at: 0).position, margin: 0) != nil, "the pet is in the shot")
    }

    /// "A family posing for the camera" is two parents and two smaller children, and a
    /// child's head is large for its height, so a child never reads as a shrunken adult.
    @Test func aFamilyHasChildrenWhoLookLikeChildren() throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a family posing for the camera", seed: 5))
        let people = CinematicFixtures.source(plan).scene.actors.filter { $0.kind == .person }
        #expect(people.count == 4)
        #expect(people.map(\.figure.child) == [false, false, true, true])
        #expect(!people[0].figure.dress && people[1].figure.longHair, "a father and a mother")
        #expect(people[2].length < people[0].length * 0.7 && people[3].length < people[1].length * 0.7)

        // Head height as a share of body height, same pose and length for both.
        func headShare(_ figure: PersonModel.Figure) -> Float {
            let pose = people[0].track.pose(at: 0)
            let mesh = PersonModel(palette: people[0].palette, figure: figure).mesh(for: pose, length: 1.75)
            let skin = people[0].palette.membrane, heights = mesh.positions.map(\.y)
            let top = heights.max()!, bottom = heights.min()!
            // The face is the skin-coloured part above the shoulders.
            let shoulders = pose.position.y + 0.55
            let face = mesh.positions.indices.filter { mesh.positions[$0].y > shoulders && SIMD3(mesh.colors[$0].x, mesh.colors[$0].y, mesh.colors[$0].z) == skin }
            let chin = face.map { mesh.positions[$0].y }.min()!
            return (top - chin) / (top - bottom)
        }
        #expect(headShare(PersonModel.Figure(child: true)) > headShare(PersonModel.Figure()) * 1.25)
    }

    /// "A woman sleeping on the beach", "sunbathing": flat on the back on a blanket, the
    /// whole body across the view, not sitting up.
    @Test func sleepersLieDown() throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a woman sleeping on the beach", seed: 3))
        #expect(plan.beats[0].actions.first?.action == .lie)
        let scene = CinematicFixtures.source(plan).scene
        let sleeper = try #require(scene.actors.first { $0.kind == .person })
        let pose = sleeper.track.pose(at: 2)
        #expect(pose.lying)
        let mesh = sleeper.mesh(at: 2), ground = scene.terrain.height(pose.position.x, pose.position.z)
        let top = (mesh.positions.map(\.y).max() ?? 0) - ground, bottom = (mesh.positions.map(\.y).min() ?? 0) - ground
        #expect(top < 0.45 && bottom > -0.1, "a body from \(bottom) to \(top) m above the sand")
        let along = mesh.positions.map { ($0 - pose.position).dot(pose.forward) }
        #expect((along.max() ?? 0) - (along.min() ?? 0) > 1.5, "lying full length")
        // The camera sees the whole body: it lies across the view.
        let view = scene.camera.camera(at: 2).forward
        #expect(abs(SIMD3(view.x, 0, view.z).normalized.dot(pose.forward)) < 0.5)
        let props = scene.staticMesh
        let blanket = (0..<props.triangleCount).filter { t in
            let corner = props.positions[Int(props.indices[3 * t])]
            return props.materials[t] == .cloth && corner.y - ground < 0.05 && (corner - pose.position).length < 1.5
        }
        #expect(blanket.count >= 2, "a blanket under her")
    }

    /// "A woman sleeping in her bedroom": in a bed, on the sheets, and the room has no second bed.
    @Test func indoorsSleepersLieInBed() throws {
        let plan = PromptParser().plan(for: RenderRequest(prompt: "a woman sleeping in her bedroom", seed: 3))
        let scene = CinematicFixtures.source(plan).scene
        let sleeper = try #require(scene.actors.first { $0.kind == .person })
        let pose = sleeper.track.pose(at: 2)
        let floor = scene.terrain.height(pose.position.x, pose.position.z)
        let lowest = (sleeper.mesh(at: 2).positions.map(\.y).min() ?? 0) - floor
        #expect(lowest > BedModel.mattressTop - 0.1 && lowest < BedModel.mattressTop + 0.15, "lying \(lowest) m above the floor")
        let props = scene.staticMesh
        let headboards = (0..<props.triangleCount).filter { t in
            let corner = props.positions[Int(props.indices[3 * t])]
            return props.materials[t] == .bark && corner.y - floor > 1.0 && corner.y - floor < 1.15 && (corner - pose.position).length < 2
        }
        #expect(!headboards.isEmpty, "a headboard behind her head")
        let sheets = (0..<props.triangleCount).filter { t in
            let corner = props.positions[Int(props.indices[3 * t])], color = props.colors[Int(props.indices[3 * t])]
            return props.materials[t] == .cloth && min(color.x, color.y, color.z) > 0.55 && abs(corner.y - floor - BedModel.mattressTop) < 0.01
        }
        #expect(sheets.allSatisfy { t in (props.positions[Int(props.indices[3 * t])] - pose.position).length < 2.5 }, "one bed, hers")
    }

    /// "Person holding a flower": the flower is in the hand in front of them, not growing
    /// out of the ground beside them, and the arm reaches for it.
    @Test(arguments: ["person holding a flower", "a man carrying a bunch of flowers while walking"])
    func whatIsHeldIsInHand(prompt: String) throws {
        let scene = CinematicFixtures.source(PromptParser().plan(for: RenderRequest(prompt: prompt, seed: 5))).scene
        let person = try #require(scene.actors.first { $0.kind == .person }), flower = try #require(scene.actors.first { $0.kind == .plant })
        for time: Float in [0.5, 2.5, 4.5] {
            let hips = person.track.pose(at: time), held = flower.track.pose(at: time).position
            #expect(hips.holding)
            #expect((held - hips.position).length < 0.6, "the flower is \((held - hips.position).length) m from her hips")
            #expect(held.y - scene.terrain.height(held.x, held.z) > 0.6, "held up, not on the ground")
        }
        #expect(flower.length <= 0.4 * person.length / 1.75 + 0.001, "a bouquet, not a bush")
        #expect(scene.actors.filter { $0.kind == .plant }.count == 1, "the bunch is in hand, none left on the ground")
    }

    /// "Sitting on a bench": hips down at a seat's height, and something to sit on under
    /// them, a bench outdoors and a sofa indoors.
    @Test(arguments: [Setting.park, .livingRoom])
    func someoneSittingHasASeat(setting: Setting) throws {
        let standing = CinematicFixtures.source(CinematicFixtures.plan(setting: setting, subject: .person, action: .idle)).scene
        let scene = CinematicFixtures.source(CinematicFixtures.plan(setting: setting, subject: .person, action: .sit)).scene
        let person = try #require(scene.actors.first), stander = try #require(standing.actors.first)
        let pose = person.track.pose(at: 2)
        #expect(pose.seated)
        let ground = scene.terrain.height(pose.position.x, pose.position.z)
        let hips = pose.position.y - ground, standingHips = stander.track.pose(at: 2).position.y - ground
        #expect(hips < standingHips * 0.6 && hips > 0.3, "hips \(hips) m up, standing \(standingHips) m")
        let seat = scene.staticMesh.positions.filter { point in
            SIMD3(point.x - pose.position.x, 0, point.z - pose.position.z).length < 0.8 && point.y < pose.position.y && point.y > ground + 0.2
        }
        let bare = standing.staticMesh.positions.filter { point in
            let hip = stander.track.pose(at: 2).position
            return SIMD3(point.x - hip.x, 0, point.z - hip.z).length < 0.8 && point.y < hip.y && point.y > ground + 0.2
        }
        #expect(seat.count > 8 && bare.isEmpty, "\(seat.count) seat corners under the sitter, \(bare.count) under the one standing")
    }

    /// "A woman with her child sitting on a couch": side by side on one sofa that faces the
    /// camera, its back behind them both, not rising between either of them and the lens.
    @Test func companionsShareOneSofaFacingTheCamera() throws {
        var plan = CinematicFixtures.plan(setting: .livingRoom, subject: .person, action: .sit)
        plan.subjects = [Subject(concept: "woman", category: .person), Subject(concept: "child", category: .person, size: .small)]
        plan.beats[0].actions.append(SubjectAction(subject: 1, action: .sit))
        let scene = CinematicFixtures.source(plan).scene
        let eye = scene.camera.camera(at: 2).position
        for person in scene.actors {
            let hips = person.track.pose(at: 2).position
            let pose = person.track.pose(at: 2)
            #expect(pose.seated)
            let toLens = SIMD3(eye.x - hips.x, 0, eye.z - hips.z).normalized
            #expect(pose.forward.dot(toLens) > 0.85, "the \(person.concept) sits facing the lens, not in profile")
            let blocking = scene.staticMesh.positions.filter { point in
                let offset = SIMD3(point.x - hips.x, 0, point.z - hips.z)
                return offset.length < 0.6 && offset.dot(toLens) > 0.1 && point.y > hips.y + 0.15
            }
            #expect(blocking.isEmpty, "\(blocking.count) corners of furniture between the \(person.concept) and the lens")
        }
    }

    @Test func aGroupOnTheMoveKeepsApartAndOutOfStep() {
        let scene = Self.scene(.quadruped, count: 3, action: .run)
        for time: Float in [0, 2.5, 5] {
            #expect(Self.gaps(scene.actors, at: time).nearest > 1, "no dog runs through another at \(time) s")
        }
        let phases = scene.actors.map { $0.track.pose(at: 1).gaitPhase }
        #expect(Set(phases).count == phases.count, "each runs in its own stride")
    }
}
