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
import type { ModuleType, Problem, Visibility } from '../format/types.js';
/** Every CIM repository; the registry finds modules by it (the `topic` input, `cim` by default). */
export declare const CIM_TOPIC = "cim";
/** A reusable module. */
export declare const MODULE_TOPIC = "cim-module";
/** A domain implementation. */
export declare const DOMAIN_TOPIC = "cim-domain";
/** A private domain implementation: listed as private whatever GitHub's flag says. */
export declare const PRIVATE_TOPIC = "cim-private";
/** Topics that say a module's type, in the order they are weighed: the first one a repository carries decides. */
export declare const TYPE_TOPICS: readonly (readonly [topic: string, type: ModuleType])[];
/** The topics of the convention itself, as opposed to subject topics such as `graph` or `ai`. */
export declare const CONVENTION_TOPICS: ReadonlySet<string>;
/** GitHub's limits (see the header). */
export declare const MAX_TOPIC_LENGTH = 50;
export declare const MAX_TOPICS = 20;
/** Whether `text` is a topic GitHub would accept. */
export declare function isTopic(text: string): boolean;
/** The type the topics say, or null when they say none. */
export declare function typeByTopics(topics: readonly string[]): ModuleType | null;
export interface VisibilityDecision {
    visibility: Visibility;
    /** True when `cim-private` decided it (the repository is public or unknown, and no cim.yaml says public). */
    byTopic: boolean;
}
/**
 * A module's visibility: a private repository is private; else a cim.yaml that says `public` wins; else
 * `cim-private` makes it private; else the repository's flag, cim.yaml's value, or public, in that order.
 */
export declare function decideVisibility(repository: Visibility | null, declared: Visibility | undefined, topics: readonly string[]): VisibilityDecision;
/** What the topic checks look at: the topics, and what the module turned out to be. */
export interface TopicSubject {
    /** The repository as `gh` takes it: `OWNER/NAME`, or `HOST/OWNER/NAME` off github.com; null when unknown (the
     *  command then names none, and `gh` edits the repository of the checkout it runs in). */
    repository: string | null;
    topics: readonly string[];
    type: ModuleType;
    visibility: Visibility;
    /** The topic the registry finds modules by, checked when given: in a module's CI. (The registry itself has found
     *  the module by it already.) */
    listedBy?: string;
}
/**
 * Warnings for topics the convention expects and the repository lacks (`missing-topic`), and for topics that
 * contradict what the module is (`topic-mismatch`), each with the command that fixes it. A private domain
 * implementation needs `cim-private` instead of `cim-module` and `cim-domain`: it is nobody else's module.
 *
 * `gh repo edit` replaces the whole list at once, which GitHub refuses beyond 20 topics (cli/cli
 * pkg/cmd/repo/edit/edit.go; the limit is in the header's page): once the additions would pass it, each fix that
 * adds a topic removes another in the same command.
 */
export declare function topicProblems(subject: TopicSubject): Problem[];
/** `https://github.com/acme/cim-x` -> `acme/cim-x`; another host keeps its name, as `gh` wants it; null for no URL. */
export declare function ghRepository(url: string | null): string | null;
