/**
 * The CIM topic convention: what a repository's GitHub topics say about its module, and where they contradict it.
 *
 * The registry pattern tags every CIM repository `cim`; `cim-module` marks a reusable module, `cim-domain` a domain
 * implementation and `cim-private` a private domain implementation. The organization also tags the type with
 * `core`, `domain` or `template`, and the subject with free topics (`graph`, `ai`, ...) that the queries search.
 *
 * Topics are evidence below a cim.yaml and a value kept by hand, and above the naming convention. Where they are
 * missing or contradict the module, a warning names the one `gh` command that fixes it: a topic is a setting of the
 * repository, not part of its code, so it never fails anything.
 *
 * GitHub's rules for topics: lowercase letters, digits and hyphens, starting with a letter or digit, at most 50
 * characters, at most 20 per repository
 * (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/classifying-your-repository-with-topics).
 */
import type { ModuleType, Problem, Visibility } from '../registry/types.js'

/** Every CIM repository; the registry finds modules by it (the `topic` input, `cim` by default). */
export const CIM_TOPIC = 'cim'
/** A reusable module. */
export const MODULE_TOPIC = 'cim-module'
/** A domain implementation. */
export const DOMAIN_TOPIC = 'cim-domain'
/** A private domain implementation: listed as private whatever GitHub's flag says. */
export const PRIVATE_TOPIC = 'cim-private'

/** Topics that say a module's type, in the order they are weighed: the first one a repository carries decides. */
export const TYPE_TOPICS: readonly (readonly [topic: string, type: ModuleType])[] = [
  ['template', 'template'],
  [PRIVATE_TOPIC, 'domain'],
  [DOMAIN_TOPIC, 'domain'],
  ['domain', 'domain'],
  ['core', 'core'],
]

/** The topics of the convention itself, as opposed to subject topics such as `graph` or `ai`. */
export const CONVENTION_TOPICS: ReadonlySet<string> = new Set([CIM_TOPIC, MODULE_TOPIC, ...TYPE_TOPICS.map(([topic]) => topic)])

/** GitHub's limits (see the header). */
export const MAX_TOPIC_LENGTH = 50
export const MAX_TOPICS = 20
const TOPIC = /^[a-z0-9][a-z0-9-]*$/

/** Whether `text` is a topic GitHub would accept. */
export function isTopic(text: string): boolean {
  return typeof text === 'string' && text.length <= MAX_TOPIC_LENGTH && TOPIC.test(text)
}

/** The type the topics say, or null when they say none. */
export function typeByTopics(topics: readonly string[]): ModuleType | null {
  return TYPE_TOPICS.find(([topic]) => topics.includes(topic))?.[1] ?? null
}

export interface VisibilityDecision {
  visibility: Visibility
  /** True when `cim-private` decided it (the repository is public or unknown, and no cim.yaml says public). */
  byTopic: boolean
}

/**
 * A module's visibility: a private repository is private; else a cim.yaml that says `public` wins; else
 * `cim-private` makes it private; else the repository's flag, cim.yaml's value, or public, in that order.
 */
export function decideVisibility(repository: Visibility | null, declared: Visibility | undefined, topics: readonly string[]): VisibilityDecision {
  if (repository === 'private') return { visibility: 'private', byTopic: false }
  if (declared !== 'public' && topics.includes(PRIVATE_TOPIC)) return { visibility: 'private', byTopic: true }
  return { visibility: repository ?? declared ?? 'public', byTopic: false }
}

/** What the topic checks look at: the topics, and what the module turned out to be. */
export interface TopicSubject {
  /** The repository as `gh` takes it: `OWNER/NAME`, or `HOST/OWNER/NAME` off github.com; null when unknown (the
   *  command then names none, and `gh` edits the repository of the checkout it runs in). */
  repository: string | null
  topics: readonly string[]
  type: ModuleType
  visibility: Visibility
}

/**
 * Warnings for topics the convention expects and the repository lacks (`missing-topic`), and for topics that
 * contradict what the module is (`topic-mismatch`), each with the command that fixes it. A private domain
 * implementation needs `cim-private` instead of `cim-module` and `cim-domain`: it is nobody else's module.
 */
export function topicProblems(subject: TopicSubject): Problem[] {
  const { topics, type, visibility } = subject
  const has = (topic: string) => topics.includes(topic)
  const problems: Problem[] = []
  const missing = (topic: string, why: string) => problems.push(topicProblem(subject, 'missing-topic', `no \`${topic}\` topic: ${why}`, '--add-topic', topic))
  const privateDomain = type === 'domain' && visibility === 'private'

  if (privateDomain) {
    if (!has(PRIVATE_TOPIC)) missing(PRIVATE_TOPIC, 'a private domain implementation carries it')
  } else {
    if (!has(MODULE_TOPIC)) missing(MODULE_TOPIC, 'every CIM module carries it')
    if (type === 'domain' && !has(DOMAIN_TOPIC)) missing(DOMAIN_TOPIC, 'a domain implementation carries it')
  }
  for (const [topic, saysType] of TYPE_TOPICS) {
    if (!has(topic)) continue
    if (topic === PRIVATE_TOPIC && visibility === 'public') {
      problems.push(topicProblem(subject, 'topic-mismatch', `the \`${topic}\` topic says private, but cim.yaml says \`visibility: public\`, which wins`, '--remove-topic', topic))
    } else if (saysType !== type) {
      problems.push(topicProblem(subject, 'topic-mismatch', `the \`${topic}\` topic says type ${saysType}, but the module is ${type}`, '--remove-topic', topic))
    }
  }
  return problems
}

/**
 * `gh repo edit` adds and removes in one replacement of the whole list, which GitHub refuses beyond 20 topics
 * (see cli/cli pkg/cmd/repo/edit/edit.go): on a full repository, the fix for a missing topic removes another.
 */
function topicProblem(subject: TopicSubject, code: 'missing-topic' | 'topic-mismatch', message: string, flag: string, topic: string): Problem {
  const full = flag === '--add-topic' && subject.topics.length >= MAX_TOPICS
  const fix = `gh repo edit ${subject.repository ? `${subject.repository} ` : ''}${flag} ${topic}${full ? ' --remove-topic OTHER' : ''}`
  const why = full ? `, where OTHER is one of its topics: a repository has at most ${MAX_TOPICS}` : ''
  return { level: 'warning', code, message: `${message} (fix: ${fix}${why})` }
}

/** `https://github.com/acme/cim-x` -> `acme/cim-x`; another host keeps its name, as `gh` wants it; null for no URL. */
export function ghRepository(url: string | null): string | null {
  const match = url ? /^https?:\/\/([^/]+)\/([^/]+)\/([^/]+?)\/?$/.exec(url) : null
  if (!match) return null
  const [, host, owner, repo] = match
  return host === 'github.com' ? `${owner}/${repo}` : `${host}/${owner}/${repo}`
}
