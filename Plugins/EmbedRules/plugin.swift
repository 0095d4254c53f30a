import Foundation
import PackagePlugin

/// Embeds every file under the package's `Rules/` folder into the target as Swift source.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        let enumerator = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil)
        let inputs = (enumerator?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "md" }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding Rules/ (\(inputs.count) documents)",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [rules.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
