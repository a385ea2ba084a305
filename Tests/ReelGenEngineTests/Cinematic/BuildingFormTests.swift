@testable import ReelGenEngine
import Testing

/// A building's form says what it is from afar: a castle's round towers and battlements, a
/// mosque's dome between minarets, a pagoda's stacked roofs, a pyramid's point.
@Suite struct BuildingFormTests {
    private static func mesh(_ name: String) throws -> Mesh {
        let entry = try #require(row(name))
        let model = BuildingModel(form: BuildingModel.Form(entry.form), palette: .building(attributes: [], colors: entry.colors))
        return model.mesh(for: ActorPose(position: .zero, forward: SIMD3(0, 0, 1)), length: 12)
    }

    @Test(arguments: [("castle", BuildingModel.Form.castle), ("mosque", .domed), ("temple", .pagoda), ("pagoda", .pagoda), ("pyramid", .pyramid)])
    func theRowNamesItsForm(name: String, form: BuildingModel.Form) {
        #expect(BuildingModel.Form(row(name)?.form) == form, "\(name)")
    }

    /// Battlements: many small teeth standing on the walls and towers of a castle.
    @Test func aCastleIsBattlemented() throws {
        let castle = try Self.mesh("castle"), block = try Self.mesh("building")
        // Each merlon is a box: twelve triangles.
        #expect(castle.materials.count > block.materials.count + 12 * 40, "\(castle.materials.count) triangles")
        let corners = castle.positions.filter { abs(abs($0.x) - 6) < 2.2 && abs(abs($0.z) - 6) < 2.2 }
        #expect((corners.map(\.y).max() ?? 0) > 10, "round towers at the corners, taller than the walls")
    }

    /// A mosque's dome is its crown, in the row's own second colour, and minarets rise higher still.
    @Test func aMosqueHasADomeAndMinarets() throws {
        let entry = try #require(row("mosque"))
        let mosque = try Self.mesh("mosque"), dome = try #require(entry.colors.dropFirst().first)
        let domed = mosque.positions.indices.filter { (SIMD3(mosque.colors[$0].x, mosque.colors[$0].y, mosque.colors[$0].z) - dome).length < 0.01 }
        #expect(domed.filter { abs(mosque.positions[$0].x) < 4 }.map { mosque.positions[$0].y }.max() ?? 0 > 11, "a dome high over the hall")
        #expect((mosque.positions.filter { abs($0.x) > 6 }.map(\.y).max() ?? 0) > 18, "minarets beside it")
    }
}
