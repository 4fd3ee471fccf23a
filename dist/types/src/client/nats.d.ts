import { type NatsSettings } from '../nats-registry/connect.js';
import { type ModulesFile } from '../format/types.js';
import type { ModuleInfo } from './model.js';
/** The bucket's servers and authentication (the same settings as publish's), and the bucket's name. */
export type NatsRegistryOptions = Omit<NatsSettings, 'servers'> & {
    servers: string | string[];
    /** Default CIM_REGISTRY; readers allowed to see private modules also open CIM_REGISTRY_PRIVATE. */
    bucket?: string;
    /** Called for each record that is not a module record, with why. */
    onInvalidRecord?: (key: string, reason: string) => void;
};
/** One change seen by watch(): the module's entry after it (null when removed) and before it (null when added). */
export interface RegistryChange {
    type: 'added' | 'updated' | 'removed';
    name: string;
    module: ModuleInfo | null;
    previous: ModuleInfo | null;
    /** The bucket's revision of the change: increasing, for a consumer that keeps its place. */
    revision: number;
}
export declare class NatsRegistrySource {
    private readonly options;
    private readonly timeoutMs;
    readonly location: string;
    readonly bucket: string;
    private readonly settings;
    private connection;
    /** The record text of each module, and the revision they are current at. */
    private texts;
    private revision;
    private loading;
    /** The last parse of each module's record, reused while its text stays the same (a rebuild after one change
     *  parses one record, not ten thousand). */
    private parsed;
    constructor(options: NatsRegistryOptions, timeoutMs: number);
    /** The modules as a modules.yaml would hold them; read from the bucket once, then kept current by watch(). */
    modulesFile(): Promise<ModulesFile>;
    /** Rereads the bucket on the next query. */
    refresh(): void;
    /** Every change from now on, across reconnects and server restarts; ends when `signal` aborts. */
    watch(signal?: AbortSignal): AsyncGenerator<RegistryChange>;
    close(): Promise<void>;
    private load;
    private read;
    private connect;
    /** A record's entry, checked; null (and onInvalidRecord, once per text) when it is not one. */
    private parse;
    private parseRecord;
}
