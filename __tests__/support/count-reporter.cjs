// Prints the plain closing line that CI reads: "N passed, N failed" (jest's own summary goes to stderr).
class CountReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    process.stdout.write(`${results.numPassedTests} passed, ${failed} failed\n`)
  }
}
module.exports = CountReporter
