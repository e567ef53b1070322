// Opens Salesforce Code Analyzer (core 0.52) for one engine plugin: the `pmd` and `graph-engine` checks share it.
import { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel } from '@salesforce/code-analyzer-core';

/**
 * A CodeAnalyzer built from a config object (relative to `root`) with `enginePlugin` added, and `errors`: every
 * error-level message the analyzer or its engines log while it runs (the checks report them as problems).
 */
export async function openAnalyzer(configObject, root, enginePlugin) {
    const analyzer = new CodeAnalyzer(CodeAnalyzerConfig.fromObject(configObject, root));
    const errors = [];
    const onLog = (event) => event.logLevel === LogLevel.Error && errors.push(event.message);
    analyzer.onEvent(EventType.LogEvent, onLog);
    analyzer.onEvent(EventType.EngineLogEvent, onLog);
    await analyzer.addEnginePlugin(enginePlugin);
    return { analyzer, errors };
}
