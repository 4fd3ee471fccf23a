/**
 * The action: read the settings of the mode the inputs name, and run that mode; a failure fails the step. A mode's
 * code is loaded when it runs, so that a publish step does not load the site's layout engine (dist/programs/ holds a
 * chunk per mode).
 */
import * as core from '@actions/core'
import { getSettings } from './settings.js'

export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    switch (settings.mode) {
      case 'validate':
        return await (await import('./validate.js')).validate(settings)
      case 'update':
        return await (await import('./update.js')).update(settings)
      case 'publish':
        return await (await import('./publish.js')).publish(settings)
      case 'site':
        return await (await import('./site.js')).site(settings)
    }
  } catch (error) {
    core.setFailed((error as Error).message)
  }
}
