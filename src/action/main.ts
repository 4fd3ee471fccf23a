/** The action: read the settings of the mode the inputs name, and run that mode; a failure fails the step. */
import * as core from '@actions/core'
import { publish } from './publish.js'
import { getSettings } from './settings.js'
import { site } from './site.js'
import { update } from './update.js'
import { validate } from './validate.js'

export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    switch (settings.mode) {
      case 'validate':
        return await validate(settings)
      case 'update':
        return await update(settings)
      case 'publish':
        return await publish(settings)
      case 'site':
        return await site(settings)
    }
  } catch (error) {
    core.setFailed((error as Error).message)
  }
}
