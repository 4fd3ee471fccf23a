/**
 * The topic checks in a module's own CI (`validate` and `publish`), where the maintainer can fix a topic before the
 * registry sees it. The repository's topics come from the event payload: push events (and every event about a
 * repository) carry `repository.topics`, `repository.private` and `repository.full_name`
 * (https://docs.github.com/en/webhooks/webhook-events-and-payloads#push). No value kept by hand is known here, so
 * the type is cim.yaml's, else the topics', else the name's. A topic only ever warns.
 */
import type { Problem, Visibility } from '../format/types.js'
import type { DeclaredMetadata } from './cim-yaml.js'
import { typeByName } from './names.js'
import { CIM_TOPIC, decideVisibility, ghRepository, isTopic, topicProblems, typeByTopics } from './topics.js'
import { parseRepositoryName } from '../util/repository-name.js'

/** The repository an event is about, as far as the topic checks need it. */
export interface EventRepository {
  /** `OWNER/NAME`, or `HOST/OWNER/NAME` off github.com (as `gh` takes it); null when the payload does not say. */
  repository: string | null
  name: string
  topics: string[]
  /** Null when the payload does not say. */
  visibility: Visibility | null
}

/**
 * The repository of an event payload; null when the payload has no repository or no list of topics (a run outside
 * Actions, an event of another kind, a GitHub Enterprise Server too old to send topics): then nothing is checked.
 */
export function eventRepository(event: unknown): EventRepository | null {
  const repository = (event as { repository?: unknown } | null)?.repository as Record<string, unknown> | undefined
  if (!repository || typeof repository !== 'object' || !Array.isArray(repository.topics)) return null
  const fullName = typeof repository.full_name === 'string' ? repository.full_name : ''
  const name = typeof repository.name === 'string' ? repository.name : (parseRepositoryName(fullName)?.repo ?? '')
  if (!name) return null
  const url = typeof repository.html_url === 'string' ? repository.html_url : null
  return {
    repository: ghRepository(url) ?? (fullName || null),
    name,
    // GitHub stores topics lowercase; anything else that is not a topic by its rules is ignored.
    topics: repository.topics.flatMap((topic) =>
      typeof topic === 'string' && isTopic(topic.toLowerCase()) ? [topic.toLowerCase()] : [],
    ),
    visibility: typeof repository.private === 'boolean' ? (repository.private ? 'private' : 'public') : null,
  }
}

/** The checks of src/metadata/topics.ts for one module, the `cim` topic by which the registry finds it included. */
export function checkModuleTopics(repository: EventRepository, declared: DeclaredMetadata | null): Problem[] {
  const { topics } = repository
  const type = declared?.type ?? typeByTopics(topics) ?? typeByName(repository.name)
  const { visibility } = decideVisibility(repository.visibility, declared?.visibility, topics)
  return topicProblems({ repository: repository.repository, topics, type, visibility, listedBy: CIM_TOPIC })
}
