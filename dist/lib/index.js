import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5579:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2022-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PullConsumerImpl = exports.PullConsumerMessagesImpl = exports.PullConsumerType = void 0;
exports.isOverflowOptions = isOverflowOptions;
exports.isPrioritizedOptions = isPrioritizedOptions;
exports.validateOverflowPullOptions = validateOverflowPullOptions;
exports.validatePrioritizedPullOptions = validatePrioritizedPullOptions;
const internal_1 = __nccwpck_require__(1124);
const jsmsg_1 = __nccwpck_require__(9687);
const jsapi_types_1 = __nccwpck_require__(940);
const jserrors_1 = __nccwpck_require__(6659);
const jsutil_1 = __nccwpck_require__(7664);
exports.PullConsumerType = {
    Unset: "",
    Consume: "consume",
    Fetch: "fetch",
};
function isOverflowOptions(opts) {
    const oo = opts;
    return oo && typeof oo.group === "string" ||
        typeof oo.min_pending === "number" ||
        typeof oo.min_ack_pending === "number";
}
function isPrioritizedOptions(opts) {
    const oo = opts;
    return oo && typeof oo.group === "string" && typeof oo.priority === "number";
}
class PullConsumerMessagesImpl extends internal_1.QueuedIteratorImpl {
    consumer;
    opts;
    sub;
    monitor;
    pending;
    isConsume;
    callback;
    listeners;
    statusIterator;
    abortOnMissingResource;
    bind;
    inboxPrefix;
    inbox;
    cancelables;
    inReset;
    closeListener;
    isPinned;
    isPriority;
    natsPinId;
    // callback: ConsumerCallbackFn;
    constructor(c, opts, refilling = false) {
        super();
        this.consumer = c;
        this.isConsume = refilling;
        this.cancelables = [];
        this.inboxPrefix = (0, internal_1.createInbox)(this.consumer.api.nc.options.inboxPrefix);
        this.inbox = `${this.inboxPrefix}.${this.consumer.serial}`;
        this.inReset = false;
        this.isPinned = false;
        this.isPriority = false;
        this.natsPinId = "";
        if (this.consumer.ordered) {
            if (isOverflowOptions(opts)) {
                throw internal_1.errors.InvalidArgumentError.format([
                    "group",
                    "min_pending",
                    "min_ack_pending",
                ], "cannot be specified for ordered consumers");
            }
            if (this.consumer.orderedConsumerState === undefined) {
                // initialize the state for the order consumer
                const ocs = {};
                const iopts = c.opts;
                ocs.namePrefix = iopts.name_prefix ?? `oc_${internal_1.nuid.next()}`;
                ocs.opts = iopts;
                ocs.cursor = { stream_seq: 1, deliver_seq: 0 };
                const startSeq = c._info.config.opt_start_seq || 0;
                ocs.cursor.stream_seq = startSeq > 0 ? startSeq - 1 : 0;
                ocs.createFails = 0;
                this.consumer.orderedConsumerState = ocs;
            }
        }
        const copts = opts;
        this.opts = this.parseOptions(opts, this.isConsume);
        this.callback = copts.callback || null;
        this.noIterator = typeof this.callback === "function";
        this.monitor = null;
        this.pending = { msgs: 0, bytes: 0, requests: 0 };
        this.listeners = [];
        this.abortOnMissingResource = copts.abort_on_missing_resource === true;
        this.bind = copts.bind === true;
        if (copts.group) {
            const { min_pending, min_ack_pending } = copts;
            this.isPinned = min_pending === undefined &&
                min_ack_pending === undefined;
            const { priority } = copts;
            this.isPriority = typeof priority === "number";
        }
        this.closeListener = {
            // we don't propagate the error here
            connectionClosedCallback: () => {
                this._push(() => {
                    this.stop();
                });
            },
        };
        this.consumer.api.nc.addCloseListener(this.closeListener);
        this.start();
    }
    start() {
        const { max_messages, max_bytes, idle_heartbeat, threshold_bytes, threshold_messages, } = this.opts;
        this.sub = this.consumer.api.nc.subscribe(this.inbox, {
            callback: (err, msg) => {
                if (err) {
                    // this is possibly only a permissions error which means
                    // that the server rejected (eliminating the sub)
                    // or the client never had permissions to begin with
                    // so this is terminal
                    this.stop(err);
                    return;
                }
                this.monitor?.work();
                const isProtocol = this.consumer.ordered
                    ? msg.subject.indexOf(this?.inboxPrefix) === 0
                    : msg.subject === this.inbox;
                if (isProtocol) {
                    if (msg.subject !== this.sub.getSubject()) {
                        // this is a stale message - was not sent to the current inbox
                        return;
                    }
                    const status = new jserrors_1.JetStreamStatus(msg);
                    const hb = status.parseHeartbeat();
                    if (hb) {
                        this.notify(hb);
                        return;
                    }
                    const code = status.code;
                    const description = status.description;
                    const { msgsLeft, bytesLeft } = status.parseDiscard();
                    if ((msgsLeft && msgsLeft > 0) || (bytesLeft && bytesLeft > 0)) {
                        this.pending.msgs -= msgsLeft;
                        this.pending.bytes -= bytesLeft;
                        this.pending.requests--;
                        this.notify({
                            type: "discard",
                            messagesLeft: msgsLeft,
                            bytesLeft: bytesLeft,
                        });
                    }
                    // Examine the error codes
                    // FIXME: 408 can be a Timeout or bad request,
                    //  or it can be sent if a nowait request was
                    //  sent when other waiting requests are pending
                    //  "Requests Pending"
                    // FIXME: 400 bad request Invalid Heartbeat or Unmarshalling Fails
                    //  these are real bad values - so this is bad request
                    //  fail on this
                    // we got a bad request - no progress here
                    switch (code) {
                        case 400:
                            this.stop(status.toError());
                            return;
                        case 409: {
                            const err = this.handle409(status);
                            if (err) {
                                this.stop(err);
                                return;
                            }
                            // if we are using bytes, the buffer may be preventing more messages
                            // so we pull again - if we are empty, then we return that will stall
                            // the client for heartbeats missed, and give a chance to have a
                            // message
                            if (status.isMessageSizeExceedsMaxBytes() && this.yields.length > 0) {
                                break;
                            }
                            // stall, missed heartbeats will resuscitate
                            // proportionally to 2 missed heartbeats
                            return;
                        }
                        case 423:
                            // we have been unpinned
                            this.natsPinId = "";
                            this.notify({ type: "consumer_unpinned" });
                            break;
                        case 503:
                            this.notify({ type: "no_responders", code });
                            if (this.consumer.ordered) {
                                const ocs = this.consumer.orderedConsumerState;
                                ocs.needsReset = true;
                            }
                            if (!this.isConsume) {
                                this.stop(status.toError());
                                return;
                            }
                            break;
                        default:
                            this.notify({ type: "debug", code, description });
                    }
                }
                else {
                    // convert to JsMsg
                    const m = (0, jsmsg_1.toJsMsg)(msg, this.consumer.api.timeout);
                    if (this.isPinned) {
                        const pinID = m?.headers?.get("Nats-Pin-Id");
                        if (pinID && this.natsPinId === "") {
                            this.natsPinId = pinID;
                            this.notify({ type: "consumer_pinned", id: pinID });
                        }
                    }
                    // if we are ordered, check
                    if (this.consumer.ordered) {
                        const cursor = this.consumer.orderedConsumerState.cursor;
                        const dseq = m.info.deliverySequence;
                        const sseq = m.info.streamSequence;
                        const expected_dseq = cursor.deliver_seq + 1;
                        if (dseq !== expected_dseq) {
                            // got a message out of order, have to recreate
                            this.reset();
                            return;
                        }
                        // update the state
                        cursor.deliver_seq = dseq;
                        cursor.stream_seq = sseq;
                    }
                    // yield the message
                    this._push(m);
                    this.received++;
                    if (this.pending.msgs) {
                        this.pending.msgs--;
                    }
                    if (this.pending.bytes) {
                        this.pending.bytes -= msg.size();
                    }
                }
                // if we don't have pending bytes/messages we are done or starving
                if (this.pending.msgs === 0 && this.pending.bytes === 0) {
                    this.pending.requests = 0;
                }
                if (this.isConsume) {
                    // FIXME: this could result in  1/4 = 0
                    if ((max_messages && this.pending.msgs <= threshold_messages) ||
                        (max_bytes && this.pending.bytes <= threshold_bytes)) {
                        const batch = this.pullOptions();
                        // @ts-ignore: we are pushing the pull fn
                        this.pull(batch);
                    }
                }
                else if (this.pending.requests === 0) {
                    // @ts-ignore: we are pushing the pull fn
                    this._push(() => {
                        this.stop();
                    });
                }
            },
        });
        if (idle_heartbeat) {
            this.monitor = new internal_1.IdleHeartbeatMonitor(idle_heartbeat, (count) => {
                // for the pull consumer - missing heartbeats may be corrected
                // on the next pull etc - the only assumption here is we should
                // reset and check if the consumer was deleted from under us
                this.notify({ type: "heartbeats_missed", count });
                if (!this.isConsume && !this.consumer.ordered) {
                    // if we are not a consume, give up - this was masked by an
                    // external timer on fetch - the hb is a more reliable timeout
                    // since it requires 2 to be missed - this creates an edge case
                    // that would timeout the client longer than they would expect: we
                    // could be waiting for one more message, nothing happens, and
                    // now we have to wait for 2 missed hbs, which would be 1m (max), so
                    // there wouldn't be a fail fast.
                    this.stop(new jserrors_1.JetStreamError("heartbeats missed"));
                    return true;
                }
                this.resetPending()
                    .then(() => {
                })
                    .catch(() => {
                });
                return false;
            }, { maxOut: 2 });
        }
        // now if we disconnect, the consumer could be gone
        // or we were slow consumer'ed by the server
        (async () => {
            const status = this.consumer.api.nc.status();
            this.statusIterator = status;
            for await (const s of status) {
                switch (s.type) {
                    case "disconnect":
                        // don't spam hb errors if we are disconnected
                        // @ts-ignore: optional chaining
                        this.monitor?.cancel();
                        break;
                    case "reconnect":
                        // do some sanity checks and reset
                        // if that works resume the monitor
                        this.resetPending()
                            .then((ok) => {
                            if (ok) {
                                // @ts-ignore: optional chaining
                                this.monitor?.restart();
                            }
                        })
                            .catch(() => {
                            // ignored - this should have fired elsewhere
                        });
                        break;
                    default:
                    // ignored
                }
            }
        })();
        this.sub.closed.then(() => {
            // for ordered consumer we cannot break the iterator
            if (this.sub.isDraining()) {
                // @ts-ignore: we are pushing the pull fn
                this._push(() => {
                    this.stop();
                });
            }
        });
        // this is the initial pull
        this.pull(this.pullOptions());
    }
    /**
     * Handle the notification of 409 error and whether
     * it should reject the operation by returning an Error or null
     * @param status
     */
    handle409(status) {
        const { code, description } = status;
        if (status.isConsumerDeleted()) {
            this.notify({ type: "consumer_deleted", code, description });
        }
        else if (status.isExceededLimit()) {
            this.notify({ type: "exceeded_limits", code, description });
        }
        if (!this.isConsume) {
            return status.toError();
        }
        if (status.isConsumerDeleted() && this.abortOnMissingResource) {
            return status.toError();
        }
        return null;
    }
    reset() {
        // stop the monitoring if running
        this.monitor?.cancel();
        const ocs = this.consumer.orderedConsumerState;
        const { name } = this.consumer._info?.config;
        if (name) {
            this.notify({ type: "reset", name });
            this.consumer.api.delete(this.consumer.stream, name)
                .catch(() => {
                // ignored
            });
        }
        // serial is updated here
        const config = this.consumer.getConsumerOpts();
        this.inbox = `${this.inboxPrefix}.${this.consumer.serial}`;
        // reset delivery seq
        ocs.cursor.deliver_seq = 0;
        // if they do a consumer info, they get the new one.
        this.consumer.name = config.name;
        // remap the subscription
        this.consumer.api.nc._resub(this.sub, this.inbox);
        // create the consumer
        this.consumer.api.add(this.consumer.stream, config).then((ci) => {
            ocs.createFails = 0;
            this.consumer._info = ci;
            this.notify({ type: "ordered_consumer_recreated", name: ci.name });
            this.monitor?.restart();
            this.pull(this.pullOptions());
        }).catch((err) => {
            ocs.createFails++;
            if (err.message === "stream not found") {
                this.notify({
                    type: "stream_not_found",
                    consumerCreateFails: ocs.createFails,
                    name: this.consumer.stream,
                });
                if (this.abortOnMissingResource) {
                    this.stop(err);
                    return;
                }
            }
            // we have attempted to create 30 times, never succeeded
            if (ocs.createFails >= 30 &&
                this.received === 0) {
                this.stop(err);
            }
            const bo = (0, internal_1.backoff)();
            const c = (0, internal_1.delay)(bo.backoff(ocs.createFails));
            c.then(() => {
                const idx = this.cancelables.indexOf(c);
                if (idx !== -1) {
                    this.cancelables = this.cancelables.splice(idx, idx);
                }
                if (!this.done) {
                    this.reset();
                }
            })
                .catch((_) => {
                // canceled
            });
            this.cancelables.push(c);
        });
    }
    _push(r) {
        if (!this.callback) {
            super.push(r);
        }
        else {
            const fn = typeof r === "function" ? r : null;
            try {
                if (!fn) {
                    const m = r;
                    this.callback(m);
                }
                else {
                    fn();
                }
            }
            catch (err) {
                this.stop(err);
            }
        }
    }
    notify(n) {
        if (this.listeners.length > 0) {
            (() => {
                this.listeners.forEach((l) => {
                    const qi = l;
                    if (!qi.done) {
                        qi.push(n);
                    }
                });
            })();
        }
    }
    async resetPending() {
        if (this.inReset) {
            return Promise.resolve(true);
        }
        this.inReset = true;
        const v = this.bind
            ? this.resetPendingNoInfo()
            : this.resetPendingWithInfo();
        const tf = await v;
        this.inReset = false;
        return tf;
    }
    resetPendingNoInfo() {
        // here we are blind - we won't do an info, so all we are doing
        // is invalidating the previous request results.
        this.pending.msgs = 0;
        this.pending.bytes = 0;
        this.pending.requests = 0;
        this.pull(this.pullOptions());
        return Promise.resolve(true);
    }
    async resetPendingWithInfo() {
        let notFound = 0;
        let streamNotFound = 0;
        const bo = (0, internal_1.backoff)([this.opts.expires || 30_000]);
        let attempt = 0;
        while (true) {
            if (this.done) {
                return false;
            }
            if (this.consumer.api.nc.isClosed()) {
                return false;
            }
            try {
                // check we exist
                await this.consumer.info();
                notFound = 0;
                // we exist, so effectively any pending state is gone
                // so reset and re-pull
                this.pending.msgs = 0;
                this.pending.bytes = 0;
                this.pending.requests = 0;
                this.pull(this.pullOptions());
                return true;
            }
            catch (err) {
                if (err instanceof internal_1.errors.ClosedConnectionError) {
                    this.stop(err);
                    return false;
                }
                // game over
                if (err.message === "stream not found") {
                    streamNotFound++;
                    this.notify({ type: "stream_not_found", name: this.consumer.stream });
                    if (!this.isConsume || this.abortOnMissingResource) {
                        this.stop(err);
                        return false;
                    }
                }
                else if (err.message === "consumer not found") {
                    notFound++;
                    this.notify({
                        type: "consumer_not_found",
                        name: this.consumer.name,
                        stream: this.consumer.stream,
                        count: notFound,
                    });
                    if (!this.isConsume || this.abortOnMissingResource) {
                        if (this.consumer.ordered) {
                            const ocs = this.consumer.orderedConsumerState;
                            ocs.needsReset = true;
                        }
                        this.stop(err);
                        return false;
                    }
                    if (this.consumer.ordered) {
                        this.reset();
                        return false;
                    }
                }
                else {
                    notFound = 0;
                    streamNotFound = 0;
                }
                const to = bo.backoff(attempt);
                // wait for delay or till the client closes
                const de = (0, internal_1.delay)(to);
                await Promise.race([de, this.consumer.api.nc.closed()]);
                de.cancel();
                attempt++;
            }
        }
    }
    pull(opts) {
        this.pending.bytes += opts.max_bytes ?? 0;
        this.pending.msgs += opts.batch ?? 0;
        this.pending.requests++;
        const nc = this.consumer.api.nc;
        //@ts-ignore: iterator will pull
        const subj = `${this.consumer.api.prefix}.CONSUMER.MSG.NEXT.${this.consumer.stream}.${this.consumer._info.name}`;
        this._push(() => {
            nc.publish(subj, JSON.stringify(opts), { reply: this.inbox });
            this.notify({ type: "next", options: opts });
        });
    }
    pullOptions() {
        const batch = this.opts.max_messages - this.pending.msgs;
        const max_bytes = this.opts.max_bytes - this.pending.bytes;
        const idle_heartbeat = (0, internal_1.nanos)(this.opts.idle_heartbeat);
        const expires = (0, internal_1.nanos)(this.opts.expires);
        const opts = { batch, max_bytes, idle_heartbeat, expires };
        if (this.isPinned && this.natsPinId !== "") {
            opts.id = this.natsPinId;
        }
        if (isOverflowOptions(this.opts)) {
            opts.group = this.opts.group;
            if (this.opts.min_pending) {
                opts.min_pending = this.opts.min_pending;
            }
            if (this.opts.min_ack_pending) {
                opts.min_ack_pending = this.opts.min_ack_pending;
            }
        }
        if (isPrioritizedOptions(this.opts)) {
            opts.group = this.opts.group;
            opts.priority = this.opts.priority;
        }
        return opts;
    }
    close() {
        this.stop();
        return this.iterClosed;
    }
    closed() {
        return this.iterClosed;
    }
    clearTimers() {
        this.monitor?.cancel();
        this.monitor = null;
    }
    stop(err) {
        if (this.done) {
            return;
        }
        this.consumer.api.nc.removeCloseListener(this.closeListener);
        this.sub?.unsubscribe();
        this.clearTimers();
        this.statusIterator?.stop();
        //@ts-ignore: fn
        this._push(() => {
            super.stop(err);
            this.listeners.forEach((iter) => {
                iter.stop();
            });
        });
    }
    parseOptions(opts, refilling = false) {
        const args = (opts || {});
        args.max_messages = args.max_messages || 0;
        args.max_bytes = args.max_bytes || 0;
        if (args.max_messages !== 0 && args.max_bytes !== 0) {
            throw internal_1.errors.InvalidArgumentError.format(["max_messages", "max_bytes"], "are mutually exclusive");
        }
        // we must have at least one limit - default to 100 msgs
        // if they gave bytes but no messages, we will clamp
        // if they gave byte limits, we still need a message limit
        // or the server will send a single message and close the
        // request
        if (args.max_messages === 0) {
            // FIXME: if the server gives end pull completion, then this is not
            //   needed - the client will get 1 message but, we'll know that it
            //   worked - but we'll add a lot of latency, since all requests
            //   will end after one message
            args.max_messages = 100;
        }
        args.expires = args.expires || 30_000;
        if (args.expires < 1000) {
            throw internal_1.errors.InvalidArgumentError.format("expires", "must be at least 1000ms");
        }
        // require idle_heartbeat - clamp between 500-30_000
        args.idle_heartbeat = args.idle_heartbeat || args.expires / 2;
        args.idle_heartbeat = args.idle_heartbeat > 30_000
            ? 30_000
            : args.idle_heartbeat;
        if (args.idle_heartbeat < 500) {
            args.idle_heartbeat = 500;
        }
        if (refilling) {
            const minMsgs = Math.round(args.max_messages * .75) || 1;
            args.threshold_messages = args.threshold_messages || minMsgs;
            const minBytes = Math.round(args.max_bytes * .75) || 1;
            args.threshold_bytes = args.threshold_bytes || minBytes;
        }
        if (isOverflowOptions(opts)) {
            const { min, ok } = this.consumer.api.nc.features.get(internal_1.Feature.JS_PRIORITY_GROUPS);
            if (!ok) {
                throw new Error(`priority_groups require server ${min}`);
            }
            validateOverflowPullOptions(opts);
            if (opts.group) {
                args.group = opts.group;
            }
            if (opts.min_ack_pending) {
                args.min_ack_pending = opts.min_ack_pending;
            }
            if (opts.min_pending) {
                args.min_pending = opts.min_pending;
            }
        }
        else if (isPrioritizedOptions(opts)) {
            validatePrioritizedPullOptions(opts);
            if (opts.group) {
                args.group = opts.group;
            }
            if (typeof opts.priority === "number") {
                args.priority = opts.priority;
            }
        }
        return args;
    }
    status() {
        const iter = new internal_1.QueuedIteratorImpl();
        this.listeners.push(iter);
        return iter;
    }
}
exports.PullConsumerMessagesImpl = PullConsumerMessagesImpl;
class PullConsumerImpl {
    api;
    _info;
    stream;
    name;
    opts;
    type;
    messages;
    ordered;
    serial;
    orderedConsumerState;
    constructor(api, info, opts = null) {
        this.api = api;
        this._info = info;
        this.name = info.name;
        this.stream = info.stream_name;
        this.ordered = opts !== null;
        this.opts = opts || {};
        this.serial = 1;
        this.type = exports.PullConsumerType.Unset;
    }
    debug() {
        console.log({
            serial: this.serial,
            cursor: this.orderedConsumerState?.cursor,
        });
    }
    isPullConsumer() {
        return true;
    }
    isPushConsumer() {
        return false;
    }
    consume(opts = {
        max_messages: 100,
        expires: 30_000,
    }) {
        opts = { ...opts };
        if (this.ordered) {
            if (opts.bind) {
                return Promise.reject(internal_1.errors.InvalidArgumentError.format("bind", "is not supported"));
            }
            if (this.type === exports.PullConsumerType.Fetch) {
                return Promise.reject(new internal_1.errors.InvalidOperationError("ordered consumer initialized as fetch"));
            }
            if (this.type === exports.PullConsumerType.Consume) {
                return Promise.reject(new internal_1.errors.InvalidOperationError("ordered consumer doesn't support concurrent consume"));
            }
            this.type = exports.PullConsumerType.Consume;
        }
        return Promise.resolve(new PullConsumerMessagesImpl(this, opts, true));
    }
    async fetch(opts = {
        max_messages: 100,
        expires: 30_000,
    }) {
        opts = { ...opts };
        if (this.ordered) {
            if (opts.group) {
                return Promise.reject(internal_1.errors.InvalidArgumentError.format("group", "ordered consumers don't support priority groups"));
            }
            if (opts.bind) {
                return Promise.reject(internal_1.errors.InvalidArgumentError.format("bind", "is not supported"));
            }
            if (this.type === exports.PullConsumerType.Consume) {
                return Promise.reject(new internal_1.errors.InvalidOperationError("ordered consumer already initialized as consume"));
            }
            if (this.messages?.done === false) {
                return Promise.reject(new internal_1.errors.InvalidOperationError("ordered consumer doesn't support concurrent fetch"));
            }
            if (this.ordered) {
                if (this.orderedConsumerState?.cursor?.deliver_seq) {
                    // make the start sequence one than have been seen
                    this._info.config.opt_start_seq =
                        this.orderedConsumerState?.cursor.stream_seq + 1;
                }
                if (this.orderedConsumerState?.needsReset === true) {
                    await this._reset();
                }
            }
            this.type = exports.PullConsumerType.Fetch;
        }
        const m = new PullConsumerMessagesImpl(this, opts);
        if (this.ordered) {
            this.messages = m;
        }
        return Promise.resolve(m);
    }
    async next(opts = { expires: 30_000 }) {
        opts = { ...opts };
        const fopts = opts;
        fopts.max_messages = 1;
        const iter = await this.fetch(fopts);
        try {
            for await (const m of iter) {
                return m;
            }
        }
        catch (err) {
            return Promise.reject(err);
        }
        return null;
    }
    delete() {
        const { stream_name, name } = this._info;
        return this.api.delete(stream_name, name);
    }
    getConsumerOpts() {
        const ocs = this.orderedConsumerState;
        this.serial++;
        this.name = `${ocs.namePrefix}_${this.serial}`;
        const conf = Object.assign({}, this._info.config, {
            name: this.name,
            deliver_policy: jsapi_types_1.DeliverPolicy.StartSequence,
            opt_start_seq: ocs.cursor.stream_seq + 1,
            ack_policy: jsapi_types_1.AckPolicy.None,
            inactive_threshold: (0, internal_1.nanos)(5 * 60 * 1000),
            num_replicas: 1,
        });
        delete conf.metadata;
        return conf;
    }
    async _reset() {
        if (this.messages === undefined) {
            throw new Error("not possible to reset");
        }
        this.delete().catch(() => {
            //ignored
        });
        const conf = this.getConsumerOpts();
        const ci = await this.api.add(this.stream, conf);
        this._info = ci;
        return ci;
    }
    async info(cached = false) {
        if (cached) {
            return Promise.resolve(this._info);
        }
        const { stream_name, name } = this._info;
        this._info = await this.api.info(stream_name, name);
        return this._info;
    }
}
exports.PullConsumerImpl = PullConsumerImpl;
function validateOverflowPullOptions(opts) {
    if (isOverflowOptions(opts)) {
        (0, jsutil_1.minValidation)("group", opts.group);
        if (opts.group.length > 16) {
            throw internal_1.errors.InvalidArgumentError.format("group", "must be 16 characters or less");
        }
        const { min_pending, min_ack_pending } = opts;
        if (min_pending && typeof min_pending !== "number") {
            throw internal_1.errors.InvalidArgumentError.format(["min_pending"], "must be a number");
        }
        if (min_ack_pending && typeof min_ack_pending !== "number") {
            throw internal_1.errors.InvalidArgumentError.format(["min_ack_pending"], "must be a number");
        }
    }
}
function validatePrioritizedPullOptions(opts) {
    if (isPrioritizedOptions(opts)) {
        (0, jsutil_1.minValidation)("group", opts.group);
        if (opts.group.length > 16) {
            throw internal_1.errors.InvalidArgumentError.format("group", "must be 16 characters or less");
        }
        const { priority } = opts;
        if (priority && typeof priority !== "number") {
            throw internal_1.errors.InvalidArgumentError.format(["priority"], "must be a number");
        }
    }
}
//# sourceMappingURL=consumer.js.map

/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2023-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateStreamName = exports.jserrors = exports.JetStreamStatusError = exports.JetStreamStatus = exports.JetStreamError = exports.JetStreamApiError = exports.JetStreamApiCodes = exports.isMessageNotFound = exports.ListerImpl = exports.StoreCompression = exports.StorageType = exports.RetentionPolicy = exports.ReplayPolicy = exports.PubHeaders = exports.PersistMode = exports.DiscardPolicy = exports.DeliverPolicy = exports.AckPolicy = exports.DirectMsgImpl = exports.BaseApiClientImpl = exports.toJetStreamClient = exports.startFastIngest = exports.jetstreamManager = exports.JetStreamClientImpl = exports.jetstream = exports.RepublishHeaders = exports.JsHeaders = exports.isPushConsumer = exports.isPullConsumer = exports.isOrderedPushConsumerOptions = exports.isBoundPushConsumerOptions = exports.DirectMsgHeaders = exports.AdvisoryKind = void 0;
var types_1 = __nccwpck_require__(8386);
Object.defineProperty(exports, "AdvisoryKind", ({ enumerable: true, get: function () { return types_1.AdvisoryKind; } }));
Object.defineProperty(exports, "DirectMsgHeaders", ({ enumerable: true, get: function () { return types_1.DirectMsgHeaders; } }));
Object.defineProperty(exports, "isBoundPushConsumerOptions", ({ enumerable: true, get: function () { return types_1.isBoundPushConsumerOptions; } }));
Object.defineProperty(exports, "isOrderedPushConsumerOptions", ({ enumerable: true, get: function () { return types_1.isOrderedPushConsumerOptions; } }));
Object.defineProperty(exports, "isPullConsumer", ({ enumerable: true, get: function () { return types_1.isPullConsumer; } }));
Object.defineProperty(exports, "isPushConsumer", ({ enumerable: true, get: function () { return types_1.isPushConsumer; } }));
Object.defineProperty(exports, "JsHeaders", ({ enumerable: true, get: function () { return types_1.JsHeaders; } }));
Object.defineProperty(exports, "RepublishHeaders", ({ enumerable: true, get: function () { return types_1.RepublishHeaders; } }));
var jsclient_1 = __nccwpck_require__(8695);
Object.defineProperty(exports, "jetstream", ({ enumerable: true, get: function () { return jsclient_1.jetstream; } }));
Object.defineProperty(exports, "JetStreamClientImpl", ({ enumerable: true, get: function () { return jsclient_1.JetStreamClientImpl; } }));
Object.defineProperty(exports, "jetstreamManager", ({ enumerable: true, get: function () { return jsclient_1.jetstreamManager; } }));
Object.defineProperty(exports, "startFastIngest", ({ enumerable: true, get: function () { return jsclient_1.startFastIngest; } }));
Object.defineProperty(exports, "toJetStreamClient", ({ enumerable: true, get: function () { return jsclient_1.toJetStreamClient; } }));
var jsbaseclient_api_1 = __nccwpck_require__(2833);
Object.defineProperty(exports, "BaseApiClientImpl", ({ enumerable: true, get: function () { return jsbaseclient_api_1.BaseApiClientImpl; } }));
var jsm_direct_1 = __nccwpck_require__(397);
Object.defineProperty(exports, "DirectMsgImpl", ({ enumerable: true, get: function () { return jsm_direct_1.DirectMsgImpl; } }));
var jsapi_types_1 = __nccwpck_require__(940);
Object.defineProperty(exports, "AckPolicy", ({ enumerable: true, get: function () { return jsapi_types_1.AckPolicy; } }));
Object.defineProperty(exports, "DeliverPolicy", ({ enumerable: true, get: function () { return jsapi_types_1.DeliverPolicy; } }));
Object.defineProperty(exports, "DiscardPolicy", ({ enumerable: true, get: function () { return jsapi_types_1.DiscardPolicy; } }));
Object.defineProperty(exports, "PersistMode", ({ enumerable: true, get: function () { return jsapi_types_1.PersistMode; } }));
Object.defineProperty(exports, "PubHeaders", ({ enumerable: true, get: function () { return jsapi_types_1.PubHeaders; } }));
Object.defineProperty(exports, "ReplayPolicy", ({ enumerable: true, get: function () { return jsapi_types_1.ReplayPolicy; } }));
Object.defineProperty(exports, "RetentionPolicy", ({ enumerable: true, get: function () { return jsapi_types_1.RetentionPolicy; } }));
Object.defineProperty(exports, "StorageType", ({ enumerable: true, get: function () { return jsapi_types_1.StorageType; } }));
Object.defineProperty(exports, "StoreCompression", ({ enumerable: true, get: function () { return jsapi_types_1.StoreCompression; } }));
var jslister_1 = __nccwpck_require__(8035);
Object.defineProperty(exports, "ListerImpl", ({ enumerable: true, get: function () { return jslister_1.ListerImpl; } }));
var jserrors_1 = __nccwpck_require__(6659);
Object.defineProperty(exports, "isMessageNotFound", ({ enumerable: true, get: function () { return jserrors_1.isMessageNotFound; } }));
Object.defineProperty(exports, "JetStreamApiCodes", ({ enumerable: true, get: function () { return jserrors_1.JetStreamApiCodes; } }));
Object.defineProperty(exports, "JetStreamApiError", ({ enumerable: true, get: function () { return jserrors_1.JetStreamApiError; } }));
Object.defineProperty(exports, "JetStreamError", ({ enumerable: true, get: function () { return jserrors_1.JetStreamError; } }));
Object.defineProperty(exports, "JetStreamStatus", ({ enumerable: true, get: function () { return jserrors_1.JetStreamStatus; } }));
Object.defineProperty(exports, "JetStreamStatusError", ({ enumerable: true, get: function () { return jserrors_1.JetStreamStatusError; } }));
Object.defineProperty(exports, "jserrors", ({ enumerable: true, get: function () { return jserrors_1.jserrors; } }));
var jsutil_1 = __nccwpck_require__(7664);
Object.defineProperty(exports, "validateStreamName", ({ enumerable: true, get: function () { return jsutil_1.validateStreamName; } }));
//# sourceMappingURL=internal_mod.js.map

/***/ }),

/***/ 940:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2023-2026 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PubHeaders = exports.PriorityPolicy = exports.ConsumerApiAction = exports.PersistMode = exports.StoreCompression = exports.ReplayPolicy = exports.AckPolicy = exports.DeliverPolicy = exports.StorageType = exports.DiscardPolicy = exports.RetentionPolicy = void 0;
exports.defaultConsumer = defaultConsumer;
const nats_core_1 = __nccwpck_require__(7516);
exports.RetentionPolicy = {
    /**
     * Retain messages until the limits are reached, then trigger the discard policy.
     */
    Limits: "limits",
    /**
     * Retain messages while there is consumer interest on the particular subject.
     */
    Interest: "interest",
    /**
     * Retain messages until acknowledged
     */
    Workqueue: "workqueue",
};
exports.DiscardPolicy = {
    /**
     * Discard old messages to make room for the new ones
     */
    Old: "old",
    /**
     * Discard the new messages
     */
    New: "new",
};
exports.StorageType = {
    /**
     * Store persistently on files
     */
    File: "file",
    /**
     * Store in server memory - doesn't survive server restarts
     */
    Memory: "memory",
};
exports.DeliverPolicy = {
    /**
     * Deliver all messages
     */
    All: "all",
    /**
     * Deliver starting with the last message
     */
    Last: "last",
    /**
     * Deliver starting with new messages
     */
    New: "new",
    /**
     * Deliver starting with the specified sequence
     */
    StartSequence: "by_start_sequence",
    /**
     * Deliver starting with the specified time
     */
    StartTime: "by_start_time",
    /**
     * Deliver starting with the last messages for every subject
     */
    LastPerSubject: "last_per_subject",
};
exports.AckPolicy = {
    /**
     * Messages don't need to be Ack'ed.
     */
    None: "none",
    /**
     * Ack, acknowledges all messages with a lower sequence
     */
    All: "all",
    /**
     * All sequences must be explicitly acknowledged
     */
    Explicit: "explicit",
    /**
     * Functions like AckAll, but acks based on flow control responses. Used
     * for durable mirror/source consumers (ADR-60). Available on server 2.14+.
     */
    FlowControl: "flow_control",
    /**
     * @ignore
     */
    NotSet: "",
};
exports.ReplayPolicy = {
    /**
     * Replays messages as fast as possible
     */
    Instant: "instant",
    /**
     * Replays messages following the original delay between messages
     */
    Original: "original",
};
exports.StoreCompression = {
    /**
     * No compression
     */
    None: "none",
    /**
     * S2 compression
     */
    S2: "s2",
};
exports.PersistMode = {
    /**
     * All writes are committed and stream data is synced to disk before the publish
     * acknowledgement is sent.
     * This is the default mode, and provides the strongest data durability guarantee.
     */
    Default: "default",
    /**
     * Writes to the stream are committed, but writes to the disk are asynchronously synced.
     * The publish acknowledgement is sent before the sync to the disk is complete.
     * This could result in data-loss if the server crashes before the sync is completed, however
     * with an R3+ stream, the replication provides in-flight redundancy to reduce the likelihood of
     * this occurring with distinct fault domains.
     * This can significantly increase the publish throughput.
     */
    Async: "async",
};
exports.ConsumerApiAction = {
    CreateOrUpdate: "",
    Update: "update",
    Create: "create",
};
exports.PriorityPolicy = {
    None: "none",
    Overflow: "overflow",
    PinnedClient: "pinned_client",
    Prioritized: "prioritized",
};
function defaultConsumer(name, opts = {}) {
    return Object.assign({
        name: name,
        deliver_policy: exports.DeliverPolicy.All,
        ack_policy: exports.AckPolicy.Explicit,
        ack_wait: (0, nats_core_1.nanos)(30 * 1000),
        replay_policy: exports.ReplayPolicy.Instant,
    }, opts);
}
exports.PubHeaders = {
    MsgIdHdr: "Nats-Msg-Id",
    ExpectedStreamHdr: "Nats-Expected-Stream",
    ExpectedLastSeqHdr: "Nats-Expected-Last-Sequence",
    ExpectedLastMsgIdHdr: "Nats-Expected-Last-Msg-Id",
    ExpectedLastSubjectSequenceHdr: "Nats-Expected-Last-Subject-Sequence",
    ExpectedLastSubjectSequenceSubjectHdr: "Nats-Expected-Last-Subject-Sequence-Subject",
    /**
     * Sets the TTL for a message (Nanos value). Only have effect on streams that
     * enable `StreamConfig.allow_msg_ttl`.
     */
    MessageTTL: "Nats-TTL",
    Schedule: "Nats-Schedule",
    ScheduleTarget: "Nats-Schedule-Target",
    ScheduleSource: "Nats-Schedule-Source",
    ScheduleTTL: "Nats-Schedule-TTL",
    ScheduleTimeZone: "Nats-Schedule-Time-Zone",
    ScheduleRollup: "Nats-Schedule-Rollup",
    /**
     * Set on messages produced by the scheduler. Holds the subject of the
     * schedule that produced the message. Also used by clients to atomically
     * cancel a schedule (set together with `ScheduleNext: "purge"`).
     */
    Scheduler: "Nats-Scheduler",
    /**
     * Set on messages produced by the scheduler. Holds the timestamp of the
     * next invocation for cron schedules, or `purge` for delayed messages.
     * Also used by clients with value `purge` to atomically cancel a schedule.
     */
    ScheduleNext: "Nats-Schedule-Next",
};
//# sourceMappingURL=jsapi_types.js.map

/***/ }),

/***/ 2833:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2021-2023 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BaseApiClientImpl = void 0;
exports.parseJsResponse = parseJsResponse;
exports.defaultJsOptions = defaultJsOptions;
const internal_1 = __nccwpck_require__(1124);
const types_1 = __nccwpck_require__(8386);
const jserrors_1 = __nccwpck_require__(6659);
const defaultPrefix = "$JS.API";
const defaultTimeout = 5000;
function parseJsResponse(m) {
    const v = JSON.parse(new TextDecoder().decode(m.data));
    const r = v;
    if (r.error) {
        switch (r.error.err_code) {
            case jserrors_1.JetStreamApiCodes.ConsumerNotFound:
                throw new jserrors_1.ConsumerNotFoundError(r.error);
            case jserrors_1.JetStreamApiCodes.StreamNotFound:
                throw new jserrors_1.StreamNotFoundError(r.error);
            case jserrors_1.JetStreamApiCodes.JetStreamNotEnabledForAccount: {
                const jserr = new jserrors_1.JetStreamApiError(r.error);
                throw new jserrors_1.JetStreamNotEnabled(jserr.message, { cause: jserr });
            }
            default:
                throw new jserrors_1.JetStreamApiError(r.error);
        }
    }
    return v;
}
function defaultJsOptions(opts) {
    opts = opts || {};
    if (opts.domain) {
        opts.apiPrefix = `$JS.${opts.domain}.API`;
        delete opts.domain;
    }
    return (0, internal_1.extend)({ apiPrefix: defaultPrefix, timeout: defaultTimeout }, opts);
}
class BaseApiClientImpl {
    nc;
    opts;
    prefix;
    timeout;
    constructor(nc, opts) {
        this.nc = nc;
        opts = opts || {};
        opts.watcherPrefix = opts.watcherPrefix || this.nc.options.inboxPrefix;
        this.opts = defaultJsOptions(opts);
        this._parseOpts();
        this.prefix = this.opts.apiPrefix;
        this.timeout = this.opts.timeout;
    }
    getOptions() {
        return Object.assign({}, this.opts);
    }
    sendRequiredApiLevel() {
        return this.opts.sendRequiredApiLevel === true;
    }
    _parseOpts() {
        let prefix = this.opts.apiPrefix;
        if (!prefix || prefix.length === 0) {
            throw internal_1.errors.InvalidArgumentError.format("prefix", "cannot be empty");
        }
        const c = prefix[prefix.length - 1];
        if (c === ".") {
            prefix = prefix.substr(0, prefix.length - 1);
        }
        this.opts.apiPrefix = prefix;
        // verify that watcherPrefix is valid
        (0, internal_1.createInbox)(this.opts.watcherPrefix);
    }
    async _request(subj, data = null, opts) {
        const { retries: r, minApiVersion, ...rest } = opts ?? {};
        const reqOpts = { ...rest, timeout: this.timeout };
        let a = internal_1.Empty;
        if (data) {
            a = new TextEncoder().encode(JSON.stringify(data));
        }
        if (typeof minApiVersion === "number") {
            const h = reqOpts.headers ?? (0, internal_1.headers)();
            h.set(types_1.JsHeaders.RequiredApiLevel, minApiVersion.toString());
            reqOpts.headers = h;
        }
        let retries = r || 1;
        retries = retries === -1 ? Number.MAX_SAFE_INTEGER : retries;
        const bo = (0, internal_1.backoff)();
        for (let i = 0; i < retries; i++) {
            try {
                const m = await this.nc.request(subj, a, reqOpts);
                return this.parseJsResponse(m);
            }
            catch (err) {
                const re = err instanceof internal_1.RequestError ? err : null;
                if ((err instanceof internal_1.errors.TimeoutError || re?.isNoResponders()) &&
                    i + 1 < retries) {
                    await (0, internal_1.delay)(bo.backoff(i));
                }
                else {
                    throw re?.isNoResponders()
                        ? new jserrors_1.JetStreamNotEnabled("jetstream is not enabled", {
                            cause: err,
                        })
                        : err;
                }
            }
        }
    }
    async findStream(subject) {
        const q = { subject };
        const r = await this._request(`${this.prefix}.STREAM.NAMES`, q);
        const names = r;
        if (!names.streams || names.streams.length !== 1) {
            throw jserrors_1.StreamNotFoundError.fromMessage("no stream matches subject");
        }
        return names.streams[0];
    }
    getConnection() {
        return this.nc;
    }
    parseJsResponse(m) {
        return parseJsResponse(m);
    }
}
exports.BaseApiClientImpl = BaseApiClientImpl;
//# sourceMappingURL=jsbaseclient_api.js.map

/***/ }),

/***/ 8695:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2022-2026 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BatchPublisherImpl = exports.JetStreamClientImpl = exports.JetStreamManagerImpl = void 0;
exports.startFastIngest = startFastIngest;
exports.toJetStreamClient = toJetStreamClient;
exports.jetstream = jetstream;
exports.jetstreamManager = jetstreamManager;
exports.scheduleSpecToHeader = scheduleSpecToHeader;
const jsbaseclient_api_1 = __nccwpck_require__(2833);
const jsmconsumer_api_1 = __nccwpck_require__(618);
const internal_1 = __nccwpck_require__(1124);
const jsmstream_api_1 = __nccwpck_require__(9866);
const jsapi_types_1 = __nccwpck_require__(940);
const jserrors_1 = __nccwpck_require__(6659);
const jsm_direct_1 = __nccwpck_require__(397);
/**
 * Starts a fast-ingest batch on the stream that consumes `subj`. Internal
 * export — exposed via `@nats-io/jetstream/internal` and intended for
 * companion packages to wrap. Not part of the public {@link JetStreamClient}
 * API.
 */
function startFastIngest(nc, subj, payload, opts, defaultTimeout = 5000) {
    const { ackInterval, allowGaps, inboxPrefix, maxOutstandingAcks, ...publishOpts } = opts;
    const prefix = inboxPrefix ?? "_INBOX";
    if (!prefix || /\s/.test(prefix) || /[*>]/.test(prefix)) {
        return Promise.reject(new Error(`inboxPrefix must be non-empty, no wildcards or whitespace (got "${prefix}")`));
    }
    const o = {
        ackInterval: ackInterval ?? 10,
        allowGaps,
        inboxPrefix: prefix,
        maxOutstandingAcks: Math.min(3, Math.max(1, maxOutstandingAcks ?? 2)),
    };
    const fi = new FastIngestImpl(nc, o, subj, defaultTimeout);
    return fi.start(payload, publishOpts).then(() => fi);
}
function buildPublishHeaders(opts) {
    const expect = opts.expect || {};
    const mh = opts.headers || (0, internal_1.headers)();
    if (opts.msgID) {
        mh.set(jsapi_types_1.PubHeaders.MsgIdHdr, opts.msgID);
    }
    if (expect.lastMsgID) {
        mh.set(jsapi_types_1.PubHeaders.ExpectedLastMsgIdHdr, expect.lastMsgID);
    }
    if (expect.streamName) {
        mh.set(jsapi_types_1.PubHeaders.ExpectedStreamHdr, expect.streamName);
    }
    if (typeof expect.lastSequence === "number") {
        mh.set(jsapi_types_1.PubHeaders.ExpectedLastSeqHdr, `${expect.lastSequence}`);
    }
    if (typeof expect.lastSubjectSequence === "number") {
        mh.set(jsapi_types_1.PubHeaders.ExpectedLastSubjectSequenceHdr, `${expect.lastSubjectSequence}`);
    }
    if (expect.lastSubjectSequenceSubject) {
        mh.set(jsapi_types_1.PubHeaders.ExpectedLastSubjectSequenceSubjectHdr, expect.lastSubjectSequenceSubject);
    }
    if (opts.ttl) {
        mh.set(jsapi_types_1.PubHeaders.MessageTTL, `${opts.ttl}`);
    }
    if (opts.schedule && opts.cancelSchedule) {
        throw new Error("schedule and cancelSchedule are mutually exclusive");
    }
    if (opts.schedule) {
        const so = opts.schedule;
        if (so.specification) {
            mh.set(jsapi_types_1.PubHeaders.Schedule, scheduleSpecToHeader(so.specification));
        }
        if (so.target) {
            mh.set(jsapi_types_1.PubHeaders.ScheduleTarget, so.target);
        }
        if (so.source) {
            mh.set(jsapi_types_1.PubHeaders.ScheduleSource, so.source);
        }
        if (so.ttl) {
            mh.set(jsapi_types_1.PubHeaders.ScheduleTTL, so.ttl);
        }
        if (so.timezone) {
            mh.set(jsapi_types_1.PubHeaders.ScheduleTimeZone, so.timezone);
        }
        if (so.rollup) {
            mh.set(jsapi_types_1.PubHeaders.ScheduleRollup, so.rollup);
        }
    }
    if (opts.cancelSchedule) {
        mh.set(jsapi_types_1.PubHeaders.Scheduler, opts.cancelSchedule.scheduleSubject);
        mh.set(jsapi_types_1.PubHeaders.ScheduleNext, "purge");
    }
    return mh;
}
function toJetStreamClient(nc) {
    //@ts-ignore: see if we have a nc
    if (typeof nc.nc === "undefined") {
        return jetstream(nc);
    }
    return nc;
}
/**
 * Returns a {@link JetStreamClient} supported by the specified NatsConnection
 * @param nc
 * @param opts
 */
function jetstream(nc, opts = {}) {
    return new JetStreamClientImpl(nc, opts);
}
/**
 * Returns a {@link JetStreamManager} supported by the specified NatsConnection
 * @param nc
 * @param opts
 */
async function jetstreamManager(nc, opts = {}) {
    const adm = new JetStreamManagerImpl(nc, opts);
    if (opts.checkAPI !== false) {
        try {
            await adm.getAccountInfo();
        }
        catch (err) {
            throw err;
        }
    }
    return adm;
}
class JetStreamManagerImpl extends jsbaseclient_api_1.BaseApiClientImpl {
    streams;
    consumers;
    direct;
    constructor(nc, opts) {
        super(nc, opts);
        this.streams = new jsmstream_api_1.StreamAPIImpl(nc, opts);
        this.consumers = new jsmconsumer_api_1.ConsumerAPIImpl(nc, opts);
        this.direct = new jsm_direct_1.DirectStreamAPIImpl(nc, opts);
    }
    async getAccountInfo() {
        const r = await this._request(`${this.prefix}.INFO`);
        return r;
    }
    jetstream() {
        return jetstream(this.nc, this.getOptions());
    }
    advisories() {
        const iter = new internal_1.QueuedIteratorImpl();
        this.nc.subscribe(`$JS.EVENT.ADVISORY.>`, {
            callback: (err, msg) => {
                if (err) {
                    throw err;
                }
                try {
                    const d = this.parseJsResponse(msg);
                    const chunks = d.type.split(".");
                    const kind = chunks[chunks.length - 1];
                    iter.push({ kind: kind, data: d });
                }
                catch (err) {
                    iter.stop(err);
                }
            },
        });
        return iter;
    }
}
exports.JetStreamManagerImpl = JetStreamManagerImpl;
/**
 * Converts a {@link ScheduleSpec}, `Date`, or raw header string into the
 * value sent on the `Nats-Schedule` header.
 *
 * Validates `every` interval is at least 1s (server minimum).
 *
 * @internal exported for testing only
 */
function scheduleSpecToHeader(spec) {
    if (typeof spec === "string") {
        return spec;
    }
    if (spec instanceof Date) {
        return `@at ${spec.toISOString()}`;
    }
    if ("at" in spec) {
        const iso = spec.at instanceof Date ? spec.at.toISOString() : spec.at;
        return `@at ${iso}`;
    }
    if ("every" in spec) {
        assertEveryAtLeastOneSecond(spec.every);
        return `@every ${spec.every}`;
    }
    if ("cron" in spec) {
        return spec.cron;
    }
    if ("predefined" in spec) {
        return spec.predefined;
    }
    throw new Error("invalid schedule specification");
}
function assertEveryAtLeastOneSecond(d) {
    const trimmed = d.trim();
    const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
    let totalMs = 0;
    let pos = 0;
    let m;
    while ((m = re.exec(trimmed)) !== null) {
        if (m.index !== pos)
            break;
        pos += m[0].length;
        const n = parseFloat(m[1]);
        const unit = m[2];
        totalMs += unit === "ns"
            ? n / 1e6
            : unit === "us" || unit === "µs"
                ? n / 1e3
                : unit === "ms"
                    ? n
                    : unit === "s"
                        ? n * 1e3
                        : unit === "m"
                            ? n * 60_000
                            : n * 3_600_000;
    }
    if (trimmed === "" || pos !== trimmed.length) {
        throw new Error(`@every: unrecognized duration format: "${d}"`);
    }
    if (totalMs < 1000) {
        throw new Error("@every interval must be at least 1s");
    }
}
class JetStreamClientImpl extends jsbaseclient_api_1.BaseApiClientImpl {
    consumers;
    streams;
    consumerAPI;
    streamAPI;
    constructor(nc, opts) {
        super(nc, opts);
        this.consumerAPI = new jsmconsumer_api_1.ConsumerAPIImpl(nc, opts);
        this.streamAPI = new jsmstream_api_1.StreamAPIImpl(nc, opts);
        this.consumers = new jsmstream_api_1.ConsumersImpl(this.consumerAPI);
        this.streams = new jsmstream_api_1.StreamsImpl(this.streamAPI);
    }
    jetstreamManager(checkAPI) {
        if (checkAPI === undefined) {
            checkAPI = this.opts.checkAPI;
        }
        const opts = Object.assign({}, this.opts, { checkAPI });
        // fail early if watcherPrefix is bad
        try {
            (0, internal_1.createInbox)(opts.watcherPrefix);
        }
        catch (err) {
            return Promise.reject(err);
        }
        return jetstreamManager(this.nc, opts);
    }
    get apiPrefix() {
        return this.prefix;
    }
    startBatch(subj, payload, opts) {
        const d = (0, internal_1.deferred)();
        const bp = new BatchPublisherImpl(this);
        bp.first(subj, payload, opts)
            .then(() => {
            d.resolve(bp);
        })
            .catch((err) => {
            d.reject(err);
        });
        return d;
    }
    async _publish(subj, data = internal_1.Empty, opts) {
        opts = opts || {};
        opts = { ...opts };
        if (opts.cancelSchedule &&
            opts.cancelSchedule.scheduleSubject === subj) {
            throw new Error("cancelSchedule.scheduleSubject must not equal the publish subject");
        }
        const mh = buildPublishHeaders(opts);
        const to = opts.timeout || this.timeout;
        const ro = {};
        if (to) {
            ro.timeout = to;
        }
        if (opts) {
            ro.headers = mh;
        }
        let { retries } = opts;
        retries = retries || 1;
        const bo = (0, internal_1.backoff)();
        let r = null;
        for (let i = 0; i < retries; i++) {
            try {
                r = await this.nc.request(subj, data, ro);
                // if here we succeeded
                break;
            }
            catch (err) {
                const re = err instanceof internal_1.RequestError ? err : null;
                if ((err instanceof internal_1.errors.TimeoutError || re?.isNoResponders()) &&
                    i + 1 < retries) {
                    await (0, internal_1.delay)(bo.backoff(i));
                }
                else {
                    throw re?.isNoResponders()
                        ? new jserrors_1.JetStreamNotEnabled(`jetstream is not enabled`, {
                            cause: err,
                        })
                        : err;
                }
            }
        }
        return r;
    }
    async publish(subj, data = internal_1.Empty, opts) {
        const r = await this._publish(subj, data, opts);
        const pa = this.parseJsResponse(r);
        if (pa.stream === "") {
            throw new jserrors_1.JetStreamError("invalid ack response");
        }
        pa.duplicate = pa.duplicate ? pa.duplicate : false;
        return pa;
    }
}
exports.JetStreamClientImpl = JetStreamClientImpl;
class BatchPublisherImpl {
    nc;
    js;
    id;
    count;
    done;
    constructor(js) {
        this.count = 0;
        this.id = internal_1.nuid.next();
        this.js = js;
        this.nc = this.js.nc;
        this.done = false;
    }
    async first(subj, payload, opts) {
        opts = opts || {};
        opts.headers = opts?.headers || (0, internal_1.headers)();
        opts.headers.set("Nats-Batch-Id", this.id);
        this.count++;
        opts.headers.set("Nats-Batch-Sequence", this.count.toString());
        const r = await this.js._publish(subj, payload, opts);
        if (r.data.length > 0) {
            this.js.parseJsResponse(r);
        }
    }
    add(subj, payload, opts = { ack: false }) {
        if (this.done) {
            throw new Error("batch publisher is done");
        }
        opts.headers = opts?.headers || (0, internal_1.headers)();
        opts.headers.set("Nats-Batch-Id", this.id);
        this.count++;
        opts.headers.set("Nats-Batch-Sequence", this.count.toString());
        const hasAck = "ack" in opts && opts.ack === true;
        if (hasAck) {
            const d = (0, internal_1.deferred)();
            this.js._publish(subj, payload, {
                headers: opts.headers,
                timeout: opts.timeout,
            }).then((m) => {
                if (m.data.length > 0) {
                    this.js.parseJsResponse(m);
                }
                d.resolve();
            }).catch((err) => {
                this.done = true;
                d.reject(err);
            });
            return d;
        }
        else {
            return this.nc.publish(subj, payload, { headers: opts.headers });
        }
    }
    async commit(subj, payload, opts = {}) {
        if (this.done) {
            throw new Error("batch publisher is done");
        }
        else {
            this.done = true;
        }
        opts.headers = opts?.headers || (0, internal_1.headers)();
        opts.headers.set("Nats-Batch-Id", this.id);
        this.count++;
        opts.headers.set("Nats-Batch-Sequence", this.count.toString());
        opts.headers.set("Nats-Batch-Commit", "1");
        const r = await this.js._publish(subj, payload, {
            headers: opts.headers,
            timeout: opts.timeout || 0,
        });
        const ack = r.json();
        if (ack.count !== this.count) {
            throw new Error("batch didn't contain number of published messages");
        }
        return ack;
    }
}
exports.BatchPublisherImpl = BatchPublisherImpl;
const BATCH_CLOSED = "batch closed";
const FastIngestOp = {
    Start: 0,
    Append: 1,
    Final: 2,
    EOB: 3,
    Ping: 4,
};
class FastIngestImpl {
    batch;
    nc;
    batchSubj;
    gapMode;
    initialFlow;
    seq;
    acked;
    ackInterval;
    inboxPrefix;
    maxOutstandingAcks;
    defaultTimeout;
    gapIter;
    sub;
    pending;
    closed;
    closeErr;
    startDeferred;
    closedDeferred;
    constructor(nc, opts, firstSubj, defaultTimeout) {
        this.nc = nc;
        this.batchSubj = firstSubj;
        this.gapMode = opts.allowGaps ? "ok" : "fail";
        this.initialFlow = opts.ackInterval;
        this.inboxPrefix = opts.inboxPrefix;
        this.maxOutstandingAcks = opts.maxOutstandingAcks;
        this.defaultTimeout = defaultTimeout;
        this.batch = internal_1.nuid.next();
        this.seq = 0;
        this.acked = 0;
        this.ackInterval = opts.ackInterval;
        this.pending = new Map();
        this.closed = false;
        this.startDeferred = (0, internal_1.deferred)();
        this.closedDeferred = (0, internal_1.deferred)();
        // swallow unhandled rejection if caller never attaches to done()
        this.closedDeferred.catch(() => { });
        this.startDeferred.catch(() => { });
        const inbox = `${this.inboxPrefix}.${this.batch}.>`;
        this.sub = this.nc.subscribe(inbox, {
            callback: (err, msg) => this.route(err, msg),
        });
    }
    replyFor(op, seq) {
        return `${this.inboxPrefix}.${this.batch}.${this.initialFlow}.${this.gapMode}.${seq}.${op}.$FI`;
    }
    start(payload, opts) {
        this.seq = 1;
        const rs = this.replyFor(FastIngestOp.Start, 1);
        const headers = opts ? buildPublishHeaders(opts) : undefined;
        this.nc.publish(this.batchSubj, payload, { reply: rs, headers });
        return this.deadlineOrClose(this.startDeferred, opts?.timeout ?? this.defaultTimeout);
    }
    deadlineOrClose(p, ms) {
        return (0, internal_1.deadline)(p, ms).catch((err) => {
            if (!this.closed)
                this.close(err);
            throw err;
        });
    }
    route(err, m) {
        if (err) {
            this.close(err);
            return;
        }
        let data;
        try {
            data = (0, jsbaseclient_api_1.parseJsResponse)(m);
        }
        catch (err) {
            this.close(err);
            return;
        }
        // terminal pub ack (has `batch` field — discriminates from BatchFlowAck)
        if ("batch" in data && typeof data.batch === "string") {
            const ack = data;
            const e = this.pending.get(m.subject);
            if (e && (e.op === FastIngestOp.Final || e.op === FastIngestOp.EOB)) {
                e.deferred.resolve(ack);
                this.pending.delete(m.subject);
            }
            // resolve any stragglers (adds/pings awaiting flow ack) — batch is committed
            for (const [, entry] of this.pending) {
                if (entry.op === FastIngestOp.Append ||
                    entry.op === FastIngestOp.Ping) {
                    entry.deferred.resolve({ batchSeq: entry.seq, ackSeq: this.acked });
                }
                else {
                    entry.deferred.reject(new Error(BATCH_CLOSED));
                }
            }
            this.pending.clear();
            this.resolveStart();
            this.closedDeferred.resolve(ack);
            this.closed = true;
            this.gapIter?.stop();
            this.sub.unsubscribe();
            return;
        }
        const typed = data;
        if (typed.type === "gap") {
            if (this.gapIter) {
                const g = data;
                this.gapIter.push({ lastSeq: g.last_seq, seq: g.seq });
            }
            return;
        }
        // type:"err" is never reached here — parseJsResponse above throws on the
        // nested `.error` field, which then closes the batch via the outer catch.
        const fa = data;
        if (typeof fa.msgs === "number")
            this.ackInterval = fa.msgs;
        // cumulative: advance, never regress, so a later ack covers lost earlier ones
        if (typeof fa.seq === "number" && fa.seq > this.acked) {
            this.acked = fa.seq;
        }
        this.resolveStart();
        // exact-subject resolution: ping's flow ack or a blocked add
        const exact = this.pending.get(m.subject);
        if (exact &&
            (exact.op === FastIngestOp.Append || exact.op === FastIngestOp.Ping)) {
            exact.deferred.resolve({ batchSeq: exact.seq, ackSeq: this.acked });
            this.pending.delete(m.subject);
        }
        // slide window: any blocked adds now within the allowed window resolve
        for (const [rs, e] of this.pending) {
            if (e.op === FastIngestOp.Append &&
                e.seq - this.acked < this.ackInterval * this.maxOutstandingAcks) {
                e.deferred.resolve({ batchSeq: e.seq, ackSeq: this.acked });
                this.pending.delete(rs);
            }
        }
    }
    resolveStart() {
        this.startDeferred.resolve();
    }
    close(err) {
        this.closed = true;
        this.closeErr = err;
        for (const [, e] of this.pending)
            e.deferred.reject(err);
        this.pending.clear();
        this.startDeferred.reject(err);
        this.closedDeferred.reject(err);
        this.gapIter?.stop();
        this.sub.unsubscribe();
    }
    add(subj, payload, opts) {
        if (this.closed)
            return Promise.reject(new Error(BATCH_CLOSED));
        const mySeq = ++this.seq;
        const rs = this.replyFor(FastIngestOp.Append, mySeq);
        const headers = opts ? buildPublishHeaders(opts) : undefined;
        this.nc.publish(subj, payload, { reply: rs, headers });
        if (mySeq - this.acked < this.ackInterval * this.maxOutstandingAcks) {
            return Promise.resolve({ batchSeq: mySeq, ackSeq: this.acked });
        }
        const d = (0, internal_1.deferred)();
        this.pending.set(rs, { seq: mySeq, op: FastIngestOp.Append, deferred: d });
        return this.deadlineOrClose(d, opts?.timeout ?? this.defaultTimeout);
    }
    last(subj, payload, opts) {
        if (this.closed)
            return Promise.reject(new Error(BATCH_CLOSED));
        const mySeq = ++this.seq;
        const rs = this.replyFor(FastIngestOp.Final, mySeq);
        const d = (0, internal_1.deferred)();
        this.pending.set(rs, { seq: mySeq, op: FastIngestOp.Final, deferred: d });
        const headers = opts ? buildPublishHeaders(opts) : undefined;
        this.nc.publish(subj, payload, { reply: rs, headers });
        return this.deadlineOrClose(d, opts?.timeout ?? this.defaultTimeout);
    }
    end(opts) {
        if (this.closed)
            return Promise.reject(new Error(BATCH_CLOSED));
        const mySeq = ++this.seq;
        const rs = this.replyFor(FastIngestOp.EOB, mySeq);
        const d = (0, internal_1.deferred)();
        this.pending.set(rs, { seq: mySeq, op: FastIngestOp.EOB, deferred: d });
        const headers = opts ? buildPublishHeaders(opts) : undefined;
        this.nc.publish(this.batchSubj, internal_1.Empty, { reply: rs, headers });
        return this.deadlineOrClose(d, opts?.timeout ?? this.defaultTimeout);
    }
    ping(timeout = this.defaultTimeout) {
        if (this.closed)
            return Promise.reject(new Error(BATCH_CLOSED));
        const rs = this.replyFor(FastIngestOp.Ping, this.seq);
        // coalesce concurrent pings on same seq — same reply subject, one server ack
        const existing = this.pending.get(rs);
        if (existing && existing.op === FastIngestOp.Ping) {
            return (0, internal_1.deadline)(existing.deferred, timeout);
        }
        const d = (0, internal_1.deferred)();
        this.pending.set(rs, { seq: this.seq, op: FastIngestOp.Ping, deferred: d });
        this.nc.publish(this.batchSubj, internal_1.Empty, { reply: rs });
        return this.deadlineOrClose(d, timeout);
    }
    done() {
        return this.closedDeferred;
    }
    gaps() {
        if (!this.gapIter) {
            this.gapIter = new internal_1.QueuedIteratorImpl();
        }
        return this.gapIter;
    }
}
//# sourceMappingURL=jsclient.js.map

/***/ }),

/***/ 6659:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2024 Synadia Communications, Inc
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.jserrors = exports.StreamNotFoundError = exports.ConsumerNotFoundError = exports.JetStreamApiError = exports.InvalidNameError = exports.JetStreamApiCodes = exports.JetStreamStatus = exports.JetStreamStatusError = exports.JetStreamError = exports.JetStreamNotEnabled = void 0;
exports.isMessageNotFound = isMessageNotFound;
const types_1 = __nccwpck_require__(8386);
class JetStreamNotEnabled extends Error {
    constructor(message, opts) {
        super(message, opts);
        this.name = "JetStreamNotEnabled";
    }
}
exports.JetStreamNotEnabled = JetStreamNotEnabled;
class JetStreamError extends Error {
    constructor(message, opts) {
        super(message, opts);
        this.name = "JetStreamError";
    }
}
exports.JetStreamError = JetStreamError;
class JetStreamStatusError extends JetStreamError {
    code;
    constructor(message, code, opts) {
        super(message, opts);
        this.code = code;
        this.name = "JetStreamStatusError";
    }
}
exports.JetStreamStatusError = JetStreamStatusError;
class JetStreamStatus {
    msg;
    _description;
    constructor(msg) {
        this.msg = msg;
        this._description = "";
    }
    static maybeParseStatus(msg) {
        const status = new JetStreamStatus(msg);
        return status.code === 0 ? null : status;
    }
    toError() {
        return new JetStreamStatusError(this.description, this.code);
    }
    debug() {
        console.log({
            subject: this.msg.subject,
            reply: this.msg.reply,
            description: this.description,
            status: this.code,
            headers: this.msg.headers,
        });
    }
    get code() {
        return this.msg.headers?.code || 0;
    }
    get description() {
        if (this._description === "") {
            this._description = this.msg.headers?.description?.toLowerCase() || "";
            if (this._description === "") {
                this._description = this.code === 503 ? "no responders" : "unknown";
            }
        }
        return this._description;
    }
    isIdleHeartbeat() {
        return this.code === 100 && this.description === "idle heartbeat";
    }
    isFlowControlRequest() {
        return this.code === 100 && this.description === "flowcontrol request";
    }
    parseHeartbeat() {
        if (this.isIdleHeartbeat()) {
            return {
                type: "heartbeat",
                lastConsumerSequence: parseInt(this.msg.headers?.get("Nats-Last-Consumer") || "0"),
                lastStreamSequence: parseInt(this.msg.headers?.get("Nats-Last-Stream") || "0"),
            };
        }
        return null;
    }
    isRequestTimeout() {
        return this.code === 408 && this.description === "request timeout";
    }
    parseDiscard() {
        const discard = {
            msgsLeft: 0,
            bytesLeft: 0,
        };
        const msgsLeft = this.msg.headers?.get(types_1.JsHeaders.PendingMessagesHdr);
        if (msgsLeft) {
            discard.msgsLeft = parseInt(msgsLeft);
        }
        const bytesLeft = this.msg.headers?.get(types_1.JsHeaders.PendingBytesHdr);
        if (bytesLeft) {
            discard.bytesLeft = parseInt(bytesLeft);
        }
        return discard;
    }
    isBadRequest() {
        return this.code === 400;
    }
    isConsumerDeleted() {
        return this.code === 409 && this.description === "consumer deleted";
    }
    isStreamDeleted() {
        return this.code === 409 && this.description === "stream deleted";
    }
    isIdleHeartbeatMissed() {
        return this.code === 409 && this.description === "idle heartbeats missed";
    }
    isMaxWaitingExceeded() {
        return this.code === 409 && this.description === "exceeded maxwaiting";
    }
    isConsumerIsPushBased() {
        return this.code === 409 && this.description === "consumer is push based";
    }
    isExceededMaxWaiting() {
        return this.code === 409 &&
            this.description.includes("exceeded maxwaiting");
    }
    isExceededMaxRequestBatch() {
        return this.code === 409 &&
            this.description.includes("exceeded maxrequestbatch");
    }
    isExceededMaxExpires() {
        return this.code === 409 &&
            this.description.includes("exceeded maxrequestexpires");
    }
    isExceededLimit() {
        return this.isExceededMaxExpires() || this.isExceededMaxWaiting() ||
            this.isExceededMaxRequestBatch() || this.isMessageSizeExceedsMaxBytes();
    }
    isMessageNotFound() {
        return this.code === 404 && this.description === "message not found";
    }
    isNoResults() {
        return this.code === 404 && this.description === "no results";
    }
    isMessageSizeExceedsMaxBytes() {
        return this.code === 409 &&
            this.description === "message size exceeds maxbytes";
    }
    isEndOfBatch() {
        return this.code === 204 && this.description === "eob";
    }
}
exports.JetStreamStatus = JetStreamStatus;
exports.JetStreamApiCodes = {
    ConsumerNotFound: 10014,
    StreamNotFound: 10059,
    JetStreamNotEnabledForAccount: 10039,
    StreamWrongLastSequence: 10071,
    StreamWrongLastSequenceUnknown: 10164,
    NoMessageFound: 10037,
};
function isMessageNotFound(err) {
    return err instanceof JetStreamApiError &&
        err.code === exports.JetStreamApiCodes.NoMessageFound;
}
class InvalidNameError extends Error {
    constructor(message = "", opts) {
        super(message, opts);
        this.name = "InvalidNameError";
    }
}
exports.InvalidNameError = InvalidNameError;
class JetStreamApiError extends Error {
    #apiError;
    constructor(jsErr, opts) {
        super(jsErr.description, opts);
        this.#apiError = jsErr;
        this.name = "JetStreamApiError";
    }
    get code() {
        return this.#apiError.err_code;
    }
    get status() {
        return this.#apiError.code;
    }
    apiError() {
        return Object.assign({}, this.#apiError);
    }
}
exports.JetStreamApiError = JetStreamApiError;
class ConsumerNotFoundError extends JetStreamApiError {
    constructor(jsErr, opts) {
        super(jsErr, opts);
        this.name = "ConsumerNotFoundError";
    }
}
exports.ConsumerNotFoundError = ConsumerNotFoundError;
class StreamNotFoundError extends JetStreamApiError {
    constructor(jsErr, opts) {
        super(jsErr, opts);
        this.name = "StreamNotFoundError";
    }
    static fromMessage(message) {
        return new StreamNotFoundError({
            err_code: exports.JetStreamApiCodes.StreamNotFound,
            description: message,
            code: 404,
        });
    }
}
exports.StreamNotFoundError = StreamNotFoundError;
exports.jserrors = {
    InvalidNameError,
    ConsumerNotFoundError,
    StreamNotFoundError,
    JetStreamError,
    JetStreamApiError,
    JetStreamNotEnabled,
};
//# sourceMappingURL=jserrors.js.map

/***/ }),

/***/ 8035:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ListerImpl = void 0;
/*
 * Copyright 2021-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const internal_1 = __nccwpck_require__(1124);
class ListerImpl {
    err;
    offset;
    pageInfo;
    subject;
    jsm;
    filter;
    payload;
    constructor(subject, filter, jsm, payload) {
        if (!subject) {
            throw internal_1.errors.InvalidArgumentError.format("subject", "is required");
        }
        this.subject = subject;
        this.jsm = jsm;
        this.offset = 0;
        this.pageInfo = {};
        this.filter = filter;
        this.payload = payload || {};
    }
    async next() {
        if (this.err) {
            return [];
        }
        if (this.pageInfo && this.offset >= this.pageInfo.total) {
            return [];
        }
        const offset = { offset: this.offset };
        if (this.payload) {
            Object.assign(offset, this.payload);
        }
        try {
            const r = await this.jsm._request(this.subject, offset, { timeout: this.jsm.timeout });
            this.pageInfo = r;
            // offsets are reported in total, so need to count
            // all the entries returned
            const count = this.countResponse(r);
            if (count === 0) {
                // we are done if we get a null set of infos
                return [];
            }
            this.offset += count;
            return this.filter(r);
        }
        catch (err) {
            this.err = err;
            throw err;
        }
    }
    countResponse(r) {
        switch (r?.type) {
            case "io.nats.jetstream.api.v1.stream_names_response":
            case "io.nats.jetstream.api.v1.stream_list_response":
                return r.streams?.length || 0;
            case "io.nats.jetstream.api.v1.consumer_list_response":
                return r.consumers?.length || 0;
            default:
                console.error(`jslister.ts: unknown API response for paged output: ${r?.type}`);
                // has to be a stream...
                return r.streams?.length || 0;
        }
    }
    async *[Symbol.asyncIterator]() {
        let page = await this.next();
        while (page.length > 0) {
            for (const item of page) {
                yield item;
            }
            page = await this.next();
        }
    }
}
exports.ListerImpl = ListerImpl;
//# sourceMappingURL=jslister.js.map

/***/ }),

/***/ 397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2021-2023 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DirectConsumer = exports.DirectMsgImpl = exports.DirectStreamAPIImpl = void 0;
const jsbaseclient_api_1 = __nccwpck_require__(2833);
const types_1 = __nccwpck_require__(8386);
const internal_1 = __nccwpck_require__(1124);
const jsutil_1 = __nccwpck_require__(7664);
const jserrors_1 = __nccwpck_require__(6659);
class DirectStreamAPIImpl extends jsbaseclient_api_1.BaseApiClientImpl {
    constructor(nc, opts) {
        super(nc, opts);
    }
    async getMessage(stream, query) {
        (0, jsutil_1.validateStreamName)(stream);
        if ("start_time" in query) {
            const { min, ok } = this.nc.features.get(internal_1.Feature.JS_BATCH_DIRECT_GET);
            if (!ok) {
                throw new Error(`start_time direct option require server ${min}`);
            }
        }
        // if doing a last_by_subj request, we append the subject
        // this allows last_by_subj to be subject to permissions (KV)
        let qq = query;
        const { last_by_subj } = qq;
        if (last_by_subj) {
            qq = null;
        }
        const payload = qq ? JSON.stringify(qq) : internal_1.Empty;
        const pre = this.opts.apiPrefix || "$JS.API";
        const subj = last_by_subj
            ? `${pre}.DIRECT.GET.${stream}.${last_by_subj}`
            : `${pre}.DIRECT.GET.${stream}`;
        const r = await this.nc.request(subj, payload, { timeout: this.timeout });
        if (r.headers?.code !== 0) {
            const status = new jserrors_1.JetStreamStatus(r);
            if (status.isMessageNotFound()) {
                return Promise.resolve(null);
            }
            else {
                return Promise.reject(status.toError());
            }
        }
        const dm = new DirectMsgImpl(r);
        return Promise.resolve(dm);
    }
    getBatch(stream, opts) {
        opts.batch = opts.batch || 1024;
        return this.get(stream, opts);
    }
    getLastMessagesFor(stream, opts) {
        return this.get(stream, opts);
    }
    get(stream, opts) {
        opts = { ...opts };
        const { min, ok } = this.nc.features.get(internal_1.Feature.JS_BATCH_DIRECT_GET);
        if (!ok) {
            return Promise.reject(new Error(`batch direct require server ${min}`));
        }
        (0, jsutil_1.validateStreamName)(stream);
        const callback = typeof opts.callback === "function" ? opts.callback : null;
        const iter = new internal_1.QueuedIteratorImpl();
        function pushIter(done, d) {
            if (done) {
                iter.push(() => {
                    done.err ? iter.stop(done.err) : iter.stop();
                });
                return;
            }
            iter.push(d);
        }
        function pushCb(done, m) {
            const cb = callback;
            if (typeof m === "function") {
                m();
                return;
            }
            cb(done, m);
        }
        if (callback) {
            iter.iterClosed.then((err) => {
                push({ err: err ? err : undefined }, {});
                sub.unsubscribe();
            });
        }
        const push = callback ? pushCb : pushIter;
        const inbox = (0, internal_1.createInbox)(this.nc.options.inboxPrefix);
        let batchSupported = false;
        const sub = this.nc.subscribe(inbox, {
            timeout: 5000,
            callback: (err, msg) => {
                if (err) {
                    iter.stop(err);
                    sub.unsubscribe();
                    return;
                }
                const status = jserrors_1.JetStreamStatus.maybeParseStatus(msg);
                if (status) {
                    if (status.isNoResults()) {
                        push({}, () => {
                            iter.stop();
                        });
                    }
                    if (status.isEndOfBatch()) {
                        push({}, () => {
                            iter.stop();
                        });
                    }
                    else {
                        const err = status.toError();
                        push({ err }, () => {
                            iter.stop(err);
                        });
                    }
                    return;
                }
                if (!batchSupported) {
                    if (typeof msg.headers?.get("Nats-Num-Pending") !== "string") {
                        // no batch/max_bytes option was provided, so single response
                        sub.unsubscribe();
                        push({}, () => {
                            iter.stop();
                        });
                    }
                    else {
                        batchSupported = true;
                    }
                }
                push(null, new DirectMsgImpl(msg));
            },
        });
        const pre = this.opts.apiPrefix || "$JS.API";
        const subj = `${pre}.DIRECT.GET.${stream}`;
        const payload = JSON.stringify(opts, (key, value) => {
            if ((key === "up_to_time" || key === "start_time") && value instanceof Date) {
                return value.toISOString();
            }
            return value;
        });
        this.nc.publish(subj, payload, { reply: inbox });
        return Promise.resolve(iter);
    }
}
exports.DirectStreamAPIImpl = DirectStreamAPIImpl;
class DirectMsgImpl {
    data;
    header;
    constructor(m) {
        if (!m.headers) {
            throw new Error("headers expected");
        }
        this.data = m.data;
        this.header = m.headers;
    }
    get subject() {
        return this.header.last(types_1.DirectMsgHeaders.Subject);
    }
    get seq() {
        const v = this.header.last(types_1.DirectMsgHeaders.Sequence);
        return typeof v === "string" ? parseInt(v) : 0;
    }
    get time() {
        return new Date(Date.parse(this.timestamp));
    }
    get timestamp() {
        return this.header.last(types_1.DirectMsgHeaders.TimeStamp);
    }
    get stream() {
        return this.header.last(types_1.DirectMsgHeaders.Stream);
    }
    get lastSequence() {
        const v = this.header.last(types_1.DirectMsgHeaders.LastSequence);
        return typeof v === "string" ? parseInt(v) : 0;
    }
    get pending() {
        const v = this.header.last(types_1.DirectMsgHeaders.NumPending);
        // pre-2.12, we reduced the count by 1, as the server reported
        // the eod message
        return typeof v === "string" ? parseInt(v) : -1;
    }
    json(reviver) {
        return JSON.parse(new TextDecoder().decode(this.data), reviver);
    }
    string() {
        return internal_1.TD.decode(this.data);
    }
}
exports.DirectMsgImpl = DirectMsgImpl;
function isDirectBatchStartTime(t) {
    return typeof t === "object" && "start_time" in t;
}
function isMaxBytes(t) {
    return typeof t === "object" && "max_bytes" in t;
}
class DirectConsumer {
    stream;
    api;
    cursor;
    listeners;
    start;
    constructor(stream, api, start) {
        this.stream = stream;
        this.api = api;
        this.cursor = { last: 0 };
        this.listeners = [];
        this.start = start;
    }
    getOptions(opts) {
        opts = opts || {};
        const dbo = {};
        if (this.cursor.last === 0) {
            // we have never pulled, honor initial request options
            if (isDirectBatchStartTime(this.start)) {
                dbo.start_time = this.start.start_time;
            }
            else {
                dbo.seq = this.start.seq || 1;
            }
        }
        else {
            dbo.seq = this.cursor.last + 1;
        }
        if (isMaxBytes(opts)) {
            dbo.max_bytes = opts.max_bytes;
        }
        else {
            dbo.batch = opts.batch ?? 100;
        }
        return dbo;
    }
    status() {
        const iter = new internal_1.QueuedIteratorImpl();
        this.listeners.push(iter);
        return iter;
    }
    notify(n) {
        if (this.listeners.length > 0) {
            (() => {
                const remove = [];
                this.listeners.forEach((l) => {
                    const qi = l;
                    if (!qi.done) {
                        qi.push(n);
                    }
                    else {
                        remove.push(qi);
                    }
                });
                this.listeners = this.listeners.filter((l) => !remove.includes(l));
            })();
        }
    }
    debug() {
        console.log(this.cursor);
    }
    consume(opts) {
        let pending;
        let requestDone;
        const qi = new internal_1.QueuedIteratorImpl();
        (async () => {
            while (true) {
                // if we have nothing pending, slow it down
                // on the first pull pending doesn't exist so no delay
                if (this.cursor.pending === 0) {
                    this.notify({
                        type: "debug",
                        code: 0,
                        description: "sleeping for 2500",
                    });
                    pending = (0, internal_1.delay)(2500);
                    await pending;
                }
                // check that we are still supposed to be running
                // pending could have released if the iter closed
                if (qi.done) {
                    break;
                }
                requestDone = (0, internal_1.deferred)();
                const dbo = this.getOptions(opts);
                this.notify({
                    type: "next",
                    options: Object.assign({}, opts),
                });
                dbo.callback = (r, sm) => {
                    if (r) {
                        // if the current fetch is done, ready to schedule the next
                        if (r.err) {
                            if (r.err instanceof jserrors_1.JetStreamStatusError) {
                                this.notify({
                                    type: "debug",
                                    code: r.err.code,
                                    description: r.err.message,
                                });
                            }
                            else {
                                this.notify({
                                    type: "debug",
                                    code: 0,
                                    description: r.err.message,
                                });
                            }
                        }
                        requestDone.resolve();
                    }
                    else if (sm.lastSequence > 0 && sm.lastSequence !== this.cursor.last) {
                        // need to reset
                        src.stop();
                        requestDone.resolve();
                        this.notify({
                            type: "reset",
                            name: "direct",
                        });
                    }
                    else {
                        qi.push(sm);
                        qi.received++;
                        this.cursor.last = sm.seq;
                        this.cursor.pending = sm.pending;
                    }
                };
                const src = await this.api.getBatch(this.stream, dbo);
                qi.iterClosed.then(() => {
                    src.stop();
                    pending?.cancel();
                    requestDone?.resolve();
                });
                await requestDone;
            }
        })().catch((err) => {
            qi.stop(err);
        });
        return Promise.resolve(qi);
    }
    async fetch(opts) {
        const dbo = this.getOptions(opts);
        const qi = new internal_1.QueuedIteratorImpl();
        const src = await this.api.get(this.stream, Object.assign({
            callback: (done, sm) => {
                if (done) {
                    // the server sent error or is done, we are done
                    qi.push(() => {
                        done.err ? qi.stop(done.err) : qi.stop();
                    });
                }
                else if (sm.lastSequence > 0 && sm.lastSequence !== this.cursor.last) {
                    // we are done early because the sequence jumped unexpectedly
                    qi.push(() => {
                        qi.stop();
                    });
                    src.stop();
                }
                else {
                    // pass-through to client, and record
                    qi.push(sm);
                    qi.received++;
                    this.cursor.last = sm.seq;
                    this.cursor.pending = sm.pending;
                }
            },
        }, dbo));
        qi.iterClosed.then(() => {
            src.stop();
        });
        return qi;
    }
    async next() {
        const sm = await this.api.getMessage(this.stream, {
            seq: this.cursor.last + 1,
        });
        const seq = sm?.seq;
        if (seq) {
            this.cursor.last = seq;
        }
        return sm;
    }
}
exports.DirectConsumer = DirectConsumer;
//# sourceMappingURL=jsm_direct.js.map

/***/ }),

/***/ 618:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ConsumerAPIImpl = void 0;
/*
 * Copyright 2021-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const jsbaseclient_api_1 = __nccwpck_require__(2833);
const jslister_1 = __nccwpck_require__(8035);
const jsutil_1 = __nccwpck_require__(7664);
const internal_1 = __nccwpck_require__(1124);
const jsapi_types_1 = __nccwpck_require__(940);
class ConsumerAPIImpl extends jsbaseclient_api_1.BaseApiClientImpl {
    constructor(nc, opts) {
        super(nc, opts);
    }
    async addUpdate(stream, cfg, opts, delta) {
        (0, jsutil_1.validateStreamName)(stream);
        opts = opts || {};
        if (cfg.deliver_group && cfg.flow_control) {
            throw internal_1.InvalidArgumentError.format(["flow_control", "deliver_group"], "are mutually exclusive");
        }
        if (cfg.deliver_group && cfg.idle_heartbeat) {
            throw internal_1.InvalidArgumentError.format(["idle_heartbeat", "deliver_group"], "are mutually exclusive");
        }
        if (isPriorityGroup(cfg)) {
            const { min, ok } = this.nc.features.get(internal_1.Feature.JS_PRIORITY_GROUPS);
            if (!ok) {
                throw new Error(`priority_groups require server ${min}`);
            }
            if (cfg.deliver_subject) {
                throw internal_1.InvalidArgumentError.format("deliver_subject", "cannot be set when using priority groups");
            }
            validatePriorityGroups(cfg);
        }
        const cr = {};
        cr.config = cfg;
        cr.stream_name = stream;
        cr.action = opts.action || jsapi_types_1.ConsumerApiAction.Create;
        cr.pedantic = opts.pedantic || false;
        if (cr.config.durable_name) {
            (0, jsutil_1.validateDurableName)(cr.config.durable_name);
        }
        const nci = this.nc;
        let { min, ok: newAPI } = nci.features.get(internal_1.Feature.JS_NEW_CONSUMER_CREATE_API);
        const name = cfg.name === "" ? undefined : cfg.name;
        if (name && !newAPI) {
            throw internal_1.InvalidArgumentError.format("name", `requires server ${min}`);
        }
        if (name) {
            try {
                (0, jsutil_1.minValidation)("name", name);
            }
            catch (err) {
                // if we have a cannot contain the message, massage a bit
                const m = err.message;
                const idx = m.indexOf("cannot contain");
                if (idx !== -1) {
                    throw new Error(`consumer 'name' ${m.substring(idx)}`);
                }
                throw err;
            }
        }
        let subj;
        let consumerName = "";
        // new api doesn't support multiple filter subjects
        // this delayed until here because the consumer in an update could have
        // been created with the new API, and have a `name`
        if (Array.isArray(cfg.filter_subjects)) {
            const { min, ok } = nci.features.get(internal_1.Feature.JS_MULTIPLE_CONSUMER_FILTER);
            if (!ok) {
                throw internal_1.InvalidArgumentError.format("filter_subjects", `requires server ${min}`);
            }
            newAPI = false;
        }
        if (cfg.metadata) {
            const { min, ok } = nci.features.get(internal_1.Feature.JS_STREAM_CONSUMER_METADATA);
            if (!ok) {
                throw internal_1.InvalidArgumentError.format("metadata", `requires server ${min}`);
            }
        }
        if (newAPI) {
            consumerName = cfg.name ?? cfg.durable_name ?? "";
        }
        if (consumerName !== "") {
            let fs = cfg.filter_subject ?? undefined;
            if (fs === ">") {
                fs = undefined;
            }
            subj = fs !== undefined
                ? `${this.prefix}.CONSUMER.CREATE.${stream}.${consumerName}.${fs}`
                : `${this.prefix}.CONSUMER.CREATE.${stream}.${consumerName}`;
        }
        else {
            subj = cfg.durable_name
                ? `${this.prefix}.CONSUMER.DURABLE.CREATE.${stream}.${cfg.durable_name}`
                : `${this.prefix}.CONSUMER.CREATE.${stream}`;
        }
        // when called from update(), assert api level only on the partial delta
        // so unrelated edits to a consumer that already has level-1 fields don't
        // send a spurious Nats-Required-Api-Level header
        const assertCfg = delta ?? cr.config;
        const r = await this._request(subj, cr, { ...opts, ...this.requiredApiOpts(assertCfg) });
        return r;
    }
    // mirrors server/jetstream_versioning.go:setStaticConsumerMetadata
    minConsumerApi(c) {
        if (c.ack_policy === jsapi_types_1.AckPolicy.FlowControl)
            return 4;
        if (typeof c.pause_until === "string" && c.pause_until !== "")
            return 1;
        if (c.priority_policy !== undefined &&
            c.priority_policy !== jsapi_types_1.PriorityPolicy.None)
            return 1;
        if (typeof c.priority_timeout === "number" && c.priority_timeout > 0) {
            return 1;
        }
        if (Array.isArray(c.priority_groups) && c.priority_groups.length > 0) {
            return 1;
        }
        return 0;
    }
    requiredApiOpts(c) {
        if (!this.sendRequiredApiLevel())
            return {};
        const minApiVersion = this.minConsumerApi(c);
        return minApiVersion > 0 ? { minApiVersion } : {};
    }
    add(stream, cfg, opts) {
        // in the previous API 3rd arg was a hidden arg, the action - a string
        opts = opts || {};
        let action = jsapi_types_1.ConsumerApiAction.Create;
        if (typeof opts === "string") {
            action = opts;
            opts = {};
        }
        const cco = Object.assign({}, { action }, opts);
        return this.addUpdate(stream, cfg, cco);
    }
    async update(stream, durable, cfg) {
        const ci = await this.info(stream, durable);
        const changable = cfg;
        return this.addUpdate(stream, Object.assign(ci.config, changable), { action: jsapi_types_1.ConsumerApiAction.Update }, changable);
    }
    async info(stream, name) {
        (0, jsutil_1.validateStreamName)(stream);
        (0, jsutil_1.validateDurableName)(name);
        const r = await this._request(`${this.prefix}.CONSUMER.INFO.${stream}.${name}`);
        return r;
    }
    async delete(stream, name) {
        (0, jsutil_1.validateStreamName)(stream);
        (0, jsutil_1.validateDurableName)(name);
        const r = await this._request(`${this.prefix}.CONSUMER.DELETE.${stream}.${name}`);
        const cr = r;
        return cr.success;
    }
    list(stream) {
        (0, jsutil_1.validateStreamName)(stream);
        const filter = (v) => {
            const clr = v;
            return clr.consumers;
        };
        const subj = `${this.prefix}.CONSUMER.LIST.${stream}`;
        return new jslister_1.ListerImpl(subj, filter, this);
    }
    // Fixme: the API returns the number of nanoseconds, but really should return
    //  millis,
    pause(stream, name, until) {
        const subj = `${this.prefix}.CONSUMER.PAUSE.${stream}.${name}`;
        const opts = {
            pause_until: until.toISOString(),
        };
        return this._request(subj, opts);
    }
    // Fixme: the API returns the number of nanoseconds, but really should return
    //  millis,
    resume(stream, name) {
        return this.pause(stream, name, new Date(0));
    }
    unpin(stream, name, group) {
        const subj = `${this.prefix}.CONSUMER.UNPIN.${stream}.${name}`;
        return this._request(subj, { group });
    }
    async reset(stream, name, seq) {
        (0, jsutil_1.validateStreamName)(stream);
        (0, jsutil_1.validateDurableName)(name);
        const nci = this.nc;
        const { min, ok } = nci.features.get(internal_1.Feature.JS_CONSUMER_RESET);
        if (!ok) {
            throw new Error(`consumer reset requires server ${min}`);
        }
        // seq === 0 is intentionally allowed: server treats it the same as an
        // empty body and resets the consumer to ack_floor + 1 (ADR-60).
        if (typeof seq === "number" && (!Number.isInteger(seq) || seq < 0)) {
            throw internal_1.InvalidArgumentError.format("seq", "must be a non-negative integer");
        }
        const subj = `${this.prefix}.CONSUMER.RESET.${stream}.${name}`;
        const body = typeof seq === "number" ? { seq } : undefined;
        const r = await this._request(subj, body);
        return r;
    }
}
exports.ConsumerAPIImpl = ConsumerAPIImpl;
function isPriorityGroup(config) {
    const pg = config;
    return pg && pg.priority_groups !== undefined ||
        pg.priority_policy !== undefined;
}
function validatePriorityGroups(pg) {
    if (isPriorityGroup(pg)) {
        if (!Array.isArray(pg.priority_groups)) {
            throw internal_1.InvalidArgumentError.format(["priority_groups"], "must be an array");
        }
        if (pg.priority_groups.length === 0) {
            throw internal_1.InvalidArgumentError.format(["priority_groups"], "must have at least one group");
        }
        pg.priority_groups.forEach((g) => {
            (0, jsutil_1.minValidation)("priority_group", g);
            if (g.length > 16) {
                throw internal_1.errors.InvalidArgumentError.format("group", "must be 16 characters or less");
            }
        });
        if (pg.priority_policy !== jsapi_types_1.PriorityPolicy.None &&
            pg.priority_policy !== jsapi_types_1.PriorityPolicy.Overflow &&
            pg.priority_policy !== jsapi_types_1.PriorityPolicy.PinnedClient &&
            pg.priority_policy !== jsapi_types_1.PriorityPolicy.Prioritized) {
            throw internal_1.InvalidArgumentError.format(["priority_policy"], "must be 'none', 'prioritized', 'overflow', or 'pinned_client'");
        }
    }
}
//# sourceMappingURL=jsmconsumer_api.js.map

/***/ }),

/***/ 9687:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2021-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JsMsgImpl = exports.ACK = void 0;
exports.toJsMsg = toJsMsg;
exports.parseInfo = parseInfo;
const internal_1 = __nccwpck_require__(1124);
exports.ACK = Uint8Array.of(43, 65, 67, 75);
const NAK = Uint8Array.of(45, 78, 65, 75);
const WPI = Uint8Array.of(43, 87, 80, 73);
const NXT = Uint8Array.of(43, 78, 88, 84);
const TERM = Uint8Array.of(43, 84, 69, 82, 77);
const SPACE = Uint8Array.of(32);
function toJsMsg(m, ackTimeout = 5000) {
    return new JsMsgImpl(m, ackTimeout);
}
function parseInfo(s) {
    const tokens = s.split(".");
    if (tokens.length === 9) {
        tokens.splice(2, 0, "_", "");
    }
    if ((tokens.length < 11) || tokens[0] !== "$JS" || tokens[1] !== "ACK") {
        throw new Error(`unable to parse delivery info - not a jetstream message`);
    }
    // old
    // "$JS.ACK.<stream>.<consumer>.<deliveryCount><streamSeq><deliverySequence>.<timestamp>.<pending>"
    // new
    // $JS.ACK.<domain>.<accounthash>.<stream>.<consumer>.<deliveryCount>.<streamSeq>.<deliverySequence>.<timestamp>.<pending>.<random>
    const di = {};
    // if domain is "_", replace with blank
    di.domain = tokens[2] === "_" ? "" : tokens[2];
    di.account_hash = tokens[3];
    di.stream = tokens[4];
    di.consumer = tokens[5];
    di.deliveryCount = parseInt(tokens[6], 10);
    di.redelivered = di.deliveryCount > 1;
    di.streamSequence = parseInt(tokens[7], 10);
    di.deliverySequence = parseInt(tokens[8], 10);
    di.timestampNanos = parseInt(tokens[9], 10);
    di.pending = parseInt(tokens[10], 10);
    return di;
}
function parseTimestampNanos(s) {
    const tokens = s.split(".");
    if (tokens.length === 9) {
        tokens.splice(2, 0, "_", "");
    }
    if ((tokens.length < 11) || tokens[0] !== "$JS" || tokens[1] !== "ACK") {
        throw new Error(`unable to parse delivery info - not a jetstream message`);
    }
    return BigInt(tokens[9]);
}
class JsMsgImpl {
    msg;
    di;
    didAck;
    timeout;
    constructor(msg, timeout) {
        this.msg = msg;
        this.didAck = false;
        this.timeout = timeout;
    }
    get subject() {
        return this.msg.subject;
    }
    get sid() {
        return this.msg.sid;
    }
    get data() {
        return this.msg.data;
    }
    get headers() {
        return this.msg.headers;
    }
    get info() {
        if (!this.di) {
            this.di = parseInfo(this.reply);
        }
        return this.di;
    }
    get redelivered() {
        return this.info.deliveryCount > 1;
    }
    get reply() {
        return this.msg.reply || "";
    }
    get seq() {
        return this.info.streamSequence;
    }
    get time() {
        const ms = (0, internal_1.millis)(this.info.timestampNanos);
        return new Date(ms);
    }
    get timestamp() {
        return this.time.toISOString();
    }
    get timestampNanos() {
        return parseTimestampNanos(this.reply);
    }
    doAck(payload) {
        if (!this.didAck) {
            // all acks are final with the exception of +WPI
            this.didAck = !this.isWIP(payload);
            this.msg.respond(payload);
        }
    }
    isWIP(p) {
        return p.length === 4 && p[0] === WPI[0] && p[1] === WPI[1] &&
            p[2] === WPI[2] && p[3] === WPI[3];
    }
    // this has to dig into the internals as the message has access
    // to the protocol but not the high-level client.
    async ackAck(opts) {
        const d = (0, internal_1.deferred)();
        if (!this.didAck) {
            this.didAck = true;
            if (this.msg.reply) {
                opts = opts || {};
                opts.timeout = opts.timeout || this.timeout;
                const mi = this.msg;
                const proto = mi.publisher;
                const trace = !(proto.options?.noAsyncTraces || false);
                const r = new internal_1.RequestOne(proto.muxSubscriptions, this.msg.reply, {
                    timeout: opts.timeout,
                }, trace);
                proto.request(r);
                try {
                    proto.publish(this.msg.reply, exports.ACK, {
                        reply: `${proto.muxSubscriptions.baseInbox}${r.token}`,
                    });
                }
                catch (err) {
                    r.cancel(err);
                }
                try {
                    await Promise.race([r.timer, r.deferred]);
                    d.resolve(true);
                }
                catch (err) {
                    r.cancel(err);
                    d.reject(err);
                }
            }
            else {
                d.resolve(false);
            }
        }
        else {
            d.resolve(false);
        }
        return d;
    }
    ack() {
        this.doAck(exports.ACK);
    }
    nak(millis) {
        let payload = NAK;
        if (millis) {
            payload = new TextEncoder().encode(`-NAK ${JSON.stringify({ delay: (0, internal_1.nanos)(millis) })}`);
        }
        this.doAck(payload);
    }
    working() {
        this.doAck(WPI);
    }
    next(subj, opts = { batch: 1 }) {
        const args = {};
        args.batch = opts.batch || 1;
        args.no_wait = opts.no_wait || false;
        if (opts.expires && opts.expires > 0) {
            args.expires = (0, internal_1.nanos)(opts.expires);
        }
        const data = new TextEncoder().encode(JSON.stringify(args));
        const payload = internal_1.DataBuffer.concat(NXT, SPACE, data);
        const reqOpts = subj ? { reply: subj } : undefined;
        this.msg.respond(payload, reqOpts);
    }
    term(reason = "") {
        let term = TERM;
        if (reason?.length > 0) {
            term = new TextEncoder().encode(`+TERM ${reason}`);
        }
        this.doAck(term);
    }
    json() {
        return this.msg.json();
    }
    string() {
        return this.msg.string();
    }
}
exports.JsMsgImpl = JsMsgImpl;
//# sourceMappingURL=jsmsg.js.map

/***/ }),

/***/ 9866:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2021-2025 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamsImpl = exports.StoredMsgImpl = exports.StreamAPIImpl = exports.StreamImpl = exports.ConsumersImpl = void 0;
exports.convertStreamSourceDomain = convertStreamSourceDomain;
const internal_1 = __nccwpck_require__(1124);
const jsbaseclient_api_1 = __nccwpck_require__(2833);
const jslister_1 = __nccwpck_require__(8035);
const jsutil_1 = __nccwpck_require__(7664);
const types_1 = __nccwpck_require__(8386);
const jsapi_types_1 = __nccwpck_require__(940);
const consumer_1 = __nccwpck_require__(5579);
const jsmconsumer_api_1 = __nccwpck_require__(618);
const pushconsumer_1 = __nccwpck_require__(199);
const jserrors_1 = __nccwpck_require__(6659);
function convertStreamSourceDomain(s) {
    if (s === undefined) {
        return undefined;
    }
    const { domain } = s;
    if (domain === undefined) {
        return s;
    }
    const copy = Object.assign({}, s);
    delete copy.domain;
    if (domain === "") {
        return copy;
    }
    if (copy.external) {
        throw internal_1.InvalidArgumentError.format(["domain", "external"], "are mutually exclusive");
    }
    copy.external = { api: `$JS.${domain}.API` };
    return copy;
}
class ConsumersImpl {
    api;
    notified;
    constructor(api) {
        this.api = api;
        this.notified = false;
    }
    checkVersion() {
        const fv = this.api.nc.features.get(internal_1.Feature.JS_SIMPLIFICATION);
        if (!fv.ok) {
            return Promise.reject(new Error(`consumers framework is only supported on servers ${fv.min} or better`));
        }
        return Promise.resolve();
    }
    async getPushConsumer(stream, name) {
        await this.checkVersion();
        (0, jsutil_1.minValidation)("stream", stream);
        if (typeof name === "string") {
            (0, jsutil_1.minValidation)("name", name);
            const ci = await this.api.info(stream, name);
            if (typeof ci.config.deliver_subject !== "string") {
                return Promise.reject(new Error("not a push consumer"));
            }
            return new pushconsumer_1.PushConsumerImpl(this.api, ci);
        }
        else if (name === undefined) {
            return this.getOrderedPushConsumer(stream);
        }
        else if ((0, types_1.isOrderedPushConsumerOptions)(name)) {
            const opts = name;
            return this.getOrderedPushConsumer(stream, opts);
        }
        return Promise.reject(new Error("unsupported push consumer type"));
    }
    async getOrderedPushConsumer(stream, opts = {}) {
        opts = Object.assign({}, opts);
        let { name_prefix, deliver_prefix, filter_subjects } = opts;
        delete opts.deliver_prefix;
        delete opts.name_prefix;
        delete opts.filter_subjects;
        if (typeof opts.opt_start_seq === "number") {
            opts.deliver_policy = jsapi_types_1.DeliverPolicy.StartSequence;
        }
        if (typeof opts.opt_start_time === "string") {
            opts.deliver_policy = jsapi_types_1.DeliverPolicy.StartTime;
        }
        name_prefix = name_prefix || `oc_${internal_1.nuid.next()}`;
        (0, jsutil_1.minValidation)("name_prefix", name_prefix);
        deliver_prefix = deliver_prefix ||
            (0, internal_1.createInbox)(this.api.getOptions().watcherPrefix);
        const cc = Object.assign({}, opts);
        cc.ack_policy = jsapi_types_1.AckPolicy.None;
        cc.inactive_threshold = (0, internal_1.nanos)(5 * 60 * 1000);
        cc.num_replicas = 1;
        cc.max_deliver = 1;
        cc.flow_control = true;
        cc.idle_heartbeat = (0, internal_1.nanos)(30_000);
        if (Array.isArray(filter_subjects)) {
            cc.filter_subjects = filter_subjects;
        }
        if (typeof filter_subjects === "string") {
            cc.filter_subject = filter_subjects;
        }
        if (typeof cc.filter_subjects === "undefined" &&
            typeof cc.filter_subject === "undefined") {
            cc.filter_subject = ">";
        }
        cc.name = `${name_prefix}_1`;
        cc.deliver_subject = `${deliver_prefix}.1`;
        const ci = await this.api.add(stream, cc);
        const iopts = {
            name_prefix,
            deliver_prefix,
            ordered: true,
        };
        return new pushconsumer_1.PushConsumerImpl(this.api, ci, iopts);
    }
    getBoundPushConsumer(opts) {
        if ((0, types_1.isBoundPushConsumerOptions)(opts)) {
            const ci = { config: opts };
            return Promise.resolve(new pushconsumer_1.PushConsumerImpl(this.api, ci, { bound: true }));
        }
        else {
            return Promise.reject(internal_1.errors.InvalidArgumentError.format("deliver_subject", "is required"));
        }
    }
    async get(stream, name) {
        await this.checkVersion();
        if (typeof name === "string") {
            const ci = await this.api.info(stream, name);
            if (typeof ci.config.deliver_subject === "string") {
                return Promise.reject(new Error("not a pull consumer"));
            }
            else {
                return new consumer_1.PullConsumerImpl(this.api, ci);
            }
        }
        else {
            return this.ordered(stream, name);
        }
    }
    getConsumerFromInfo(ci) {
        if (typeof ci.config.deliver_subject === "string") {
            throw new Error("not a pull consumer");
        }
        return new consumer_1.PullConsumerImpl(this.api, ci);
    }
    async ordered(stream, opts = {}) {
        await this.checkVersion();
        const impl = this.api;
        const sapi = new StreamAPIImpl(impl.nc, impl.opts);
        await sapi.info(stream);
        if (typeof opts.name_prefix === "string") {
            (0, jsutil_1.minValidation)("name_prefix", opts.name_prefix);
        }
        opts.name_prefix = opts.name_prefix || internal_1.nuid.next();
        const name = `${opts.name_prefix}_1`;
        const config = {
            name,
            deliver_policy: jsapi_types_1.DeliverPolicy.StartSequence,
            opt_start_seq: opts.opt_start_seq || 1,
            ack_policy: jsapi_types_1.AckPolicy.None,
            inactive_threshold: (0, internal_1.nanos)(5 * 60 * 1000),
            num_replicas: 1,
            max_deliver: 1,
            mem_storage: true,
        };
        if (opts.headers_only === true) {
            config.headers_only = true;
        }
        if (Array.isArray(opts.filter_subjects)) {
            config.filter_subjects = opts.filter_subjects;
        }
        if (typeof opts.filter_subjects === "string") {
            config.filter_subject = opts.filter_subjects;
        }
        if (opts.replay_policy) {
            config.replay_policy = opts.replay_policy;
        }
        config.deliver_policy = opts.deliver_policy ||
            jsapi_types_1.DeliverPolicy.StartSequence;
        if (opts.deliver_policy === jsapi_types_1.DeliverPolicy.All ||
            opts.deliver_policy === jsapi_types_1.DeliverPolicy.LastPerSubject ||
            opts.deliver_policy === jsapi_types_1.DeliverPolicy.New ||
            opts.deliver_policy === jsapi_types_1.DeliverPolicy.Last) {
            delete config.opt_start_seq;
            config.deliver_policy = opts.deliver_policy;
        }
        // this requires a filter subject - we only set if they didn't
        // set anything, and to be pre-2.10 we set it as filter_subject
        if (config.deliver_policy === jsapi_types_1.DeliverPolicy.LastPerSubject) {
            if (typeof config.filter_subjects === "undefined" &&
                typeof config.filter_subject === "undefined") {
                config.filter_subject = ">";
            }
        }
        if (opts.opt_start_time) {
            delete config.opt_start_seq;
            config.deliver_policy = jsapi_types_1.DeliverPolicy.StartTime;
            config.opt_start_time = opts.opt_start_time;
        }
        if (opts.inactive_threshold) {
            config.inactive_threshold = (0, internal_1.nanos)(opts.inactive_threshold);
        }
        const ci = await this.api.add(stream, config);
        return Promise.resolve(new consumer_1.PullConsumerImpl(this.api, ci, opts));
    }
}
exports.ConsumersImpl = ConsumersImpl;
class StreamImpl {
    api;
    _info;
    constructor(api, info) {
        this.api = api;
        this._info = info;
    }
    get name() {
        return this._info.config.name;
    }
    alternates() {
        return this.info()
            .then((si) => {
            return si.alternates ? si.alternates : [];
        });
    }
    async best() {
        await this.info();
        if (this._info.alternates) {
            const asi = await this.api.info(this._info.alternates[0].name);
            return new StreamImpl(this.api, asi);
        }
        else {
            return this;
        }
    }
    info(cached = false, opts) {
        if (cached) {
            return Promise.resolve(this._info);
        }
        return this.api.info(this.name, opts)
            .then((si) => {
            this._info = si;
            return this._info;
        });
    }
    getConsumer(name) {
        return new ConsumersImpl(new jsmconsumer_api_1.ConsumerAPIImpl(this.api.nc, this.api.opts))
            .get(this.name, name);
    }
    getPushConsumer(name) {
        return new ConsumersImpl(new jsmconsumer_api_1.ConsumerAPIImpl(this.api.nc, this.api.opts))
            .getPushConsumer(this.name, name);
    }
    getMessage(query) {
        return this.api.getMessage(this.name, query);
    }
    deleteMessage(seq, erase = true) {
        return this.api.deleteMessage(this.name, seq, erase);
    }
    resetConsumer(name, seq) {
        return new jsmconsumer_api_1.ConsumerAPIImpl(this.api.nc, this.api.opts)
            .reset(this.name, name, seq);
    }
}
exports.StreamImpl = StreamImpl;
class StreamAPIImpl extends jsbaseclient_api_1.BaseApiClientImpl {
    constructor(nc, opts) {
        super(nc, opts);
    }
    checkStreamConfigVersions(cfg) {
        const nci = this.nc;
        if (cfg.metadata) {
            const { min, ok } = nci.features.get(internal_1.Feature.JS_STREAM_CONSUMER_METADATA);
            if (!ok) {
                throw new Error(`stream 'metadata' requires server ${min}`);
            }
        }
        if (cfg.first_seq) {
            const { min, ok } = nci.features.get(internal_1.Feature.JS_STREAM_FIRST_SEQ);
            if (!ok) {
                throw new Error(`stream 'first_seq' requires server ${min}`);
            }
        }
        if (cfg.subject_transform) {
            const { min, ok } = nci.features.get(internal_1.Feature.JS_STREAM_SUBJECT_TRANSFORM);
            if (!ok) {
                throw new Error(`stream 'subject_transform' requires server ${min}`);
            }
        }
        if (cfg.compression) {
            const { min, ok } = nci.features.get(internal_1.Feature.JS_STREAM_COMPRESSION);
            if (!ok) {
                throw new Error(`stream 'compression' requires server ${min}`);
            }
        }
        if (cfg.consumer_limits) {
            const { min, ok } = nci.features.get(internal_1.Feature.JS_DEFAULT_CONSUMER_LIMITS);
            if (!ok) {
                throw new Error(`stream 'consumer_limits' requires server ${min}`);
            }
        }
        function validateStreamSource(context, src) {
            const count = src?.subject_transforms?.length || 0;
            if (count > 0) {
                const { min, ok } = nci.features.get(internal_1.Feature.JS_STREAM_SOURCE_SUBJECT_TRANSFORM);
                if (!ok) {
                    throw new Error(`${context} 'subject_transforms' requires server ${min}`);
                }
            }
        }
        if (cfg.sources) {
            cfg.sources.forEach((src) => {
                validateStreamSource("stream sources", src);
            });
        }
        if (cfg.mirror) {
            validateStreamSource("stream mirror", cfg.mirror);
        }
    }
    // mirrors server/jetstream_versioning.go:setStaticStreamMetadata
    minStreamApi(c) {
        if (c.allow_batched === true ||
            c.mirror?.consumer ||
            c.sources?.some((s) => s.consumer))
            return 4;
        if (c.allow_msg_counter === true ||
            c.allow_atomic === true ||
            c.allow_msg_schedules === true ||
            c.persist_mode === jsapi_types_1.PersistMode.Async)
            return 2;
        if (c.allow_msg_ttl === true ||
            (typeof c.subject_delete_marker_ttl === "number" &&
                c.subject_delete_marker_ttl > 0))
            return 1;
        return 0;
    }
    requiredApiOpts(c) {
        if (!this.sendRequiredApiLevel())
            return {};
        const minApiVersion = this.minStreamApi(c);
        return minApiVersion > 0 ? { minApiVersion } : {};
    }
    async add(cfg) {
        this.checkStreamConfigVersions(cfg);
        (0, jsutil_1.validateStreamName)(cfg.name);
        cfg.mirror = convertStreamSourceDomain(cfg.mirror);
        //@ts-ignore: the sources are either set or not - so no item should be undefined in the list
        cfg.sources = cfg.sources?.map(convertStreamSourceDomain);
        const r = await this._request(`${this.prefix}.STREAM.CREATE.${cfg.name}`, cfg, this.requiredApiOpts(cfg));
        const si = r;
        this._fixInfo(si);
        return si;
    }
    async delete(stream) {
        (0, jsutil_1.validateStreamName)(stream);
        const r = await this._request(`${this.prefix}.STREAM.DELETE.${stream}`);
        const cr = r;
        return cr.success;
    }
    async update(name, cfg = {}) {
        if (typeof name === "object") {
            const sc = name;
            name = sc.name;
            cfg = sc;
            console.trace(`\u001B[33m >> streams.update(config: StreamConfig) api changed to streams.update(name: string, config: StreamUpdateConfig) - this shim will be removed - update your code.  \u001B[0m`);
        }
        this.checkStreamConfigVersions(cfg);
        (0, jsutil_1.validateStreamName)(name);
        const old = await this.info(name);
        const update = Object.assign(old.config, cfg);
        update.mirror = convertStreamSourceDomain(update.mirror);
        //@ts-ignore: the sources are either set or not - so no item should be undefined in the list
        update.sources = update.sources?.map(convertStreamSourceDomain);
        const r = await this._request(`${this.prefix}.STREAM.UPDATE.${name}`, update, this.requiredApiOpts(cfg));
        const si = r;
        this._fixInfo(si);
        return si;
    }
    async info(name, data) {
        (0, jsutil_1.validateStreamName)(name);
        const subj = `${this.prefix}.STREAM.INFO.${name}`;
        const r = await this._request(subj, data);
        let si = r;
        let { total, limit } = si;
        // check how many subjects we got in the first request
        let have = si.state.subjects
            ? Object.getOwnPropertyNames(si.state.subjects).length
            : 1;
        // if the response is paged, we have a large list of subjects
        // handle the paging and return a StreamInfo with all of it
        if (total && total > have) {
            const infos = [si];
            const paged = data || {};
            let i = 0;
            // total could change, so it is possible to have collected
            // more that the total
            while (total > have) {
                i++;
                paged.offset = limit * i;
                const r = await this._request(subj, paged);
                // update it in case it changed
                total = r.total;
                infos.push(r);
                const count = Object.getOwnPropertyNames(r.state.subjects).length;
                have += count;
                // if request returns less than limit it is done
                if (count < limit) {
                    // done
                    break;
                }
            }
            // collect all the subjects
            let subjects = {};
            for (let i = 0; i < infos.length; i++) {
                si = infos[i];
                if (si.state.subjects) {
                    subjects = Object.assign(subjects, si.state.subjects);
                }
            }
            // don't give the impression we paged
            si.offset = 0;
            si.total = 0;
            si.limit = 0;
            si.state.subjects = subjects;
        }
        this._fixInfo(si);
        return si;
    }
    list(subject = "") {
        const payload = subject?.length ? { subject } : {};
        const listerFilter = (v) => {
            const slr = v;
            slr.streams.forEach((si) => {
                this._fixInfo(si);
            });
            return slr.streams;
        };
        const subj = `${this.prefix}.STREAM.LIST`;
        return new jslister_1.ListerImpl(subj, listerFilter, this, payload);
    }
    // FIXME: init of sealed, deny_delete, deny_purge shouldn't be necessary
    //  https://github.com/nats-io/nats-server/issues/2633
    _fixInfo(si) {
        si.config.sealed = si.config.sealed || false;
        si.config.deny_delete = si.config.deny_delete || false;
        si.config.deny_purge = si.config.deny_purge || false;
        si.config.allow_rollup_hdrs = si.config.allow_rollup_hdrs || false;
    }
    async purge(name, opts) {
        if (opts) {
            const { keep, seq } = opts;
            if (typeof keep === "number" && typeof seq === "number") {
                throw internal_1.InvalidArgumentError.format(["keep", "seq"], "are mutually exclusive");
            }
        }
        (0, jsutil_1.validateStreamName)(name);
        const v = await this._request(`${this.prefix}.STREAM.PURGE.${name}`, opts);
        return v;
    }
    async deleteMessage(stream, seq, erase = true) {
        (0, jsutil_1.validateStreamName)(stream);
        const dr = { seq };
        if (!erase) {
            dr.no_erase = true;
        }
        const r = await this._request(`${this.prefix}.STREAM.MSG.DELETE.${stream}`, dr);
        const cr = r;
        return cr.success;
    }
    async getMessage(stream, query) {
        (0, jsutil_1.validateStreamName)(stream);
        try {
            const r = await this._request(`${this.prefix}.STREAM.MSG.GET.${stream}`, query);
            const sm = r;
            return new StoredMsgImpl(sm);
        }
        catch (err) {
            if (err instanceof jserrors_1.JetStreamApiError &&
                err.code === jserrors_1.JetStreamApiCodes.NoMessageFound) {
                return null;
            }
            return Promise.reject(err);
        }
    }
    find(subject) {
        return this.findStream(subject);
    }
    names(subject = "") {
        const payload = subject?.length ? { subject } : {};
        const listerFilter = (v) => {
            const sr = v;
            return sr.streams;
        };
        const subj = `${this.prefix}.STREAM.NAMES`;
        return new jslister_1.ListerImpl(subj, listerFilter, this, payload);
    }
    async get(name) {
        const si = await this.info(name);
        return Promise.resolve(new StreamImpl(this, si));
    }
}
exports.StreamAPIImpl = StreamAPIImpl;
class StoredMsgImpl {
    _header;
    smr;
    static jc;
    constructor(smr) {
        this.smr = smr;
    }
    get pending() {
        return 0;
    }
    get lastSequence() {
        return 0;
    }
    get subject() {
        return this.smr.message.subject;
    }
    get seq() {
        return this.smr.message.seq;
    }
    get timestamp() {
        return this.smr.message.time;
    }
    get time() {
        return new Date(Date.parse(this.timestamp));
    }
    get data() {
        return this.smr.message.data ? this._parse(this.smr.message.data) : internal_1.Empty;
    }
    get header() {
        if (!this._header) {
            if (this.smr.message.hdrs) {
                const hd = this._parse(this.smr.message.hdrs);
                this._header = internal_1.MsgHdrsImpl.decode(hd);
            }
            else {
                this._header = (0, internal_1.headers)();
            }
        }
        return this._header;
    }
    _parse(s) {
        const bs = atob(s);
        const len = bs.length;
        const bytes = new Uint8Array(len);
        for (let i = 0; i < len; i++) {
            bytes[i] = bs.charCodeAt(i);
        }
        return bytes;
    }
    json(reviver) {
        return JSON.parse(new TextDecoder().decode(this.data), reviver);
    }
    string() {
        return internal_1.TD.decode(this.data);
    }
}
exports.StoredMsgImpl = StoredMsgImpl;
class StreamsImpl {
    api;
    constructor(api) {
        this.api = api;
    }
    get(stream) {
        return this.api.info(stream)
            .then((si) => {
            return new StreamImpl(this.api, si);
        });
    }
}
exports.StreamsImpl = StreamsImpl;
//# sourceMappingURL=jsmstream_api.js.map

/***/ }),

/***/ 7664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2021-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateDurableName = validateDurableName;
exports.validateStreamName = validateStreamName;
exports.minValidation = minValidation;
exports.validateName = validateName;
exports.validName = validName;
const jserrors_1 = __nccwpck_require__(6659);
function validateDurableName(name) {
    return minValidation("durable", name);
}
function validateStreamName(name) {
    return minValidation("stream", name);
}
function minValidation(context, name = "") {
    // minimum validation on streams/consumers matches nats cli
    if (name === "") {
        throw Error(`${context} name required`);
    }
    const bad = [".", "*", ">", "/", "\\", " ", "\t", "\n", "\r"];
    bad.forEach((v) => {
        if (name.indexOf(v) !== -1) {
            // make the error have a meaningful character
            switch (v) {
                case "\n":
                    v = "\\n";
                    break;
                case "\r":
                    v = "\\r";
                    break;
                case "\t":
                    v = "\\t";
                    break;
                default:
                // nothing
            }
            throw new jserrors_1.InvalidNameError(`${context} name ('${name}') cannot contain '${v}'`);
        }
    });
    return "";
}
function validateName(context, name = "") {
    if (name === "") {
        throw Error(`${context} name required`);
    }
    const m = validName(name);
    if (m.length) {
        throw new Error(`invalid ${context} name - ${context} name ${m}`);
    }
}
function validName(name = "") {
    if (name === "") {
        throw Error(`name required`);
    }
    const RE = /^[-\w]+$/g;
    const m = name.match(RE);
    if (m === null) {
        for (const c of name.split("")) {
            const mm = c.match(RE);
            if (mm === null) {
                return `cannot contain '${c}'`;
            }
        }
    }
    return "";
}
//# sourceMappingURL=jsutil.js.map

/***/ }),

/***/ 4091:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.mm = void 0;
/*
 * Copyright 2023-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var internal_mod_1 = __nccwpck_require__(3665);
Object.defineProperty(exports, "mm", ({ enumerable: true, get: function () { return internal_mod_1.jetstream; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_1.jetstreamManager; } });
var internal_mod_2 = __nccwpck_require__(3665);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.AckPolicy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.AdvisoryKind; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.DeliverPolicy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.DirectMsgHeaders; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.DiscardPolicy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.isPullConsumer; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.isPushConsumer; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.JetStreamApiCodes; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.JetStreamApiError; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.JetStreamError; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.JsHeaders; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.PersistMode; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.PubHeaders; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.ReplayPolicy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.RepublishHeaders; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.RetentionPolicy; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.StorageType; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.StoreCompression; } });
//# sourceMappingURL=mod.js.map

/***/ }),

/***/ 199:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2024 Synadia Communications, Inc
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PushConsumerImpl = exports.PushConsumerMessagesImpl = void 0;
const jsmsg_1 = __nccwpck_require__(9687);
const jsapi_types_1 = __nccwpck_require__(940);
const types_1 = __nccwpck_require__(8386);
const internal_1 = __nccwpck_require__(1124);
const jserrors_1 = __nccwpck_require__(6659);
class PushConsumerMessagesImpl extends internal_1.QueuedIteratorImpl {
    consumer;
    sub;
    monitor;
    listeners;
    abortOnMissingResource;
    callback;
    ordered;
    cursor;
    namePrefix;
    deliverPrefix;
    serial;
    createFails;
    statusIterator;
    cancelables;
    constructor(c, userOptions = {}, internalOptions = {}) {
        super();
        this.consumer = c;
        this.monitor = null;
        this.listeners = [];
        this.cancelables = [];
        this.abortOnMissingResource =
            userOptions.abort_on_missing_resource === true;
        this.callback = userOptions.callback || null;
        this.noIterator = this.callback !== null;
        this.namePrefix = null;
        this.deliverPrefix = null;
        this.ordered = internalOptions.ordered === true;
        this.serial = 1;
        if (this.ordered) {
            this.namePrefix = internalOptions.name_prefix ?? `oc_${internal_1.nuid.next()}`;
            // this already should be set
            this.deliverPrefix = internalOptions.deliver_prefix ??
                (0, internal_1.createInbox)(this.consumer.api.nc.options.inboxPrefix);
            this.cursor = { stream_seq: 1, deliver_seq: 0 };
            const startSeq = c._info.config.opt_start_seq || 0;
            this.cursor.stream_seq = startSeq > 0 ? startSeq - 1 : 0;
            this.createFails = 0;
        }
        this.start();
    }
    reset() {
        const { name } = this.consumer._info?.config;
        if (name) {
            this.consumer.api.delete(this.consumer.stream, name)
                .catch(() => {
                // ignored
            });
        }
        const config = this.getConsumerOpts();
        // reset delivery seq
        this.cursor.deliver_seq = 0;
        // if they do a consumer info, they get the new one.
        this.consumer.name = config.name;
        // sync the serial - if they stop and restart, it will go forward
        this.consumer.serial = this.serial;
        // remap the subscription
        this.consumer.api.nc._resub(this.sub, config.deliver_subject);
        // create the consumer
        this.consumer.api.add(this.consumer.stream, config).then((ci) => {
            this.createFails = 0;
            this.consumer._info = ci;
            this.notify({ type: "ordered_consumer_recreated", name: ci.name });
        }).catch((err) => {
            this.createFails++;
            if (err.message === "stream not found") {
                this.notify({
                    type: "stream_not_found",
                    name: this.consumer.stream,
                    consumerCreateFails: this.createFails,
                });
                if (this.abortOnMissingResource) {
                    this.stop(err);
                    return;
                }
            }
            // we have attempted to create 30 times, never succeeded
            if (this.createFails >= 30 && this.received === 0) {
                this.stop(err);
            }
            const bo = (0, internal_1.backoff)();
            const c = (0, internal_1.delay)(bo.backoff(this.createFails));
            c.then(() => {
                if (!this.done) {
                    this.reset();
                }
            }).catch(() => { })
                .finally(() => {
                const idx = this.cancelables.indexOf(c);
                if (idx !== -1) {
                    this.cancelables = this.cancelables.splice(idx, idx);
                }
            });
            this.cancelables.push(c);
        });
    }
    getConsumerOpts() {
        const src = Object.assign({}, this.consumer._info.config);
        this.serial++;
        const name = `${this.namePrefix}_${this.serial}`;
        return Object.assign(src, {
            name,
            deliver_policy: jsapi_types_1.DeliverPolicy.StartSequence,
            opt_start_seq: this.cursor.stream_seq + 1,
            ack_policy: jsapi_types_1.AckPolicy.None,
            inactive_threshold: (0, internal_1.nanos)(5 * 60 * 1000),
            num_replicas: 1,
            flow_control: true,
            idle_heartbeat: (0, internal_1.nanos)(30 * 1000),
            deliver_subject: `${this.deliverPrefix}.${this.serial}`,
        });
    }
    closed() {
        return this.iterClosed;
    }
    close() {
        this.stop();
        return this.iterClosed;
    }
    stop(err) {
        if (this.done) {
            return;
        }
        this.statusIterator?.stop();
        this.monitor?.cancel();
        this.monitor = null;
        // if we have delays, stop them
        this.cancelables.forEach((c) => {
            c.cancel();
        });
        Promise.all(this.cancelables)
            .then(() => {
            this.cancelables = [];
        })
            .catch(() => { })
            .finally(() => {
            this._push(() => {
                super.stop(err);
                this.listeners.forEach((n) => {
                    n.stop();
                });
            });
        });
    }
    _push(r) {
        if (!this.callback) {
            super.push(r);
        }
        else {
            const fn = typeof r === "function" ? r : null;
            try {
                if (!fn) {
                    const m = r;
                    this.received++;
                    this.callback(m);
                    this.processed++;
                }
                else {
                    fn();
                }
            }
            catch (err) {
                this.stop(err);
            }
        }
    }
    status() {
        const iter = new internal_1.QueuedIteratorImpl();
        this.listeners.push(iter);
        return iter;
    }
    start() {
        const { deliver_subject: subject, deliver_group: queue, idle_heartbeat: hbNanos, } = this.consumer._info.config;
        if (!subject) {
            // this shouldn't happen - the push consumer should be validated
            throw new Error("bad consumer info");
        }
        if (hbNanos) {
            const ms = (0, internal_1.millis)(hbNanos);
            this.monitor = new internal_1.IdleHeartbeatMonitor(ms, (count) => {
                this.notify({ type: "heartbeats_missed", count });
                if (this.ordered) {
                    this.reset();
                }
                return false;
            }, { maxOut: 2 });
            (async () => {
                this.statusIterator = this.consumer.api.nc
                    .status();
                for await (const s of this.statusIterator) {
                    switch (s.type) {
                        case "disconnect":
                            this.monitor?.cancel();
                            break;
                        case "reconnect":
                            this.monitor?.restart();
                            break;
                        default:
                        // ignored
                    }
                }
            })();
        }
        this.sub = this.consumer.api.nc.subscribe(subject, {
            queue,
            callback: (err, msg) => {
                if (err) {
                    this.stop(err);
                    return;
                }
                this.monitor?.work();
                // need to make sure to catch all protocol messages even
                const isProtocol = this.ordered
                    ? msg.subject.indexOf(this?.deliverPrefix) === 0
                    : msg.subject === subject;
                if (isProtocol) {
                    if (msg.subject !== this.sub.getSubject()) {
                        // this is a stale message - was not sent to the current inbox
                        return;
                    }
                    const status = new jserrors_1.JetStreamStatus(msg);
                    if (status.isFlowControlRequest()) {
                        this._push(() => {
                            msg.respond();
                            this.notify({ type: "flow_control" });
                        });
                        return;
                    }
                    if (status.isIdleHeartbeat()) {
                        const lastConsumerSequence = parseInt(msg.headers?.get(types_1.JsHeaders.LastConsumerSeqHdr) || "0");
                        const lastStreamSequence = parseInt(msg.headers?.get(types_1.JsHeaders.LastStreamSeqHdr) ?? "0");
                        this.notify({
                            type: "heartbeat",
                            lastStreamSequence,
                            lastConsumerSequence,
                        });
                        // FIX for https://github.com/nats-io/nats.js/issues/374
                        const maybeStuck = msg.headers?.get(types_1.JsHeaders.ConsumerStalledHdr);
                        if (typeof maybeStuck === "string" && maybeStuck !== "") {
                            msg.publisher.publish(maybeStuck, internal_1.Empty);
                        }
                        return;
                    }
                    const code = status.code;
                    const description = status.description;
                    if (status.isConsumerDeleted()) {
                        this.notify({ type: "consumer_deleted", code, description });
                    }
                    if (this.abortOnMissingResource) {
                        this._push(() => {
                            this.stop(status.toError());
                        });
                        return;
                    }
                }
                else {
                    const m = (0, jsmsg_1.toJsMsg)(msg);
                    if (this.ordered) {
                        const dseq = m.info.deliverySequence;
                        if (dseq !== this.cursor.deliver_seq + 1) {
                            this.reset();
                            return;
                        }
                        this.cursor.deliver_seq = dseq;
                        this.cursor.stream_seq = m.info.streamSequence;
                    }
                    this._push(m);
                }
            },
        });
        this.sub.closed.then(() => {
            // for ordered consumer we cannot break the iterator
            this._push(() => {
                this.stop();
            });
        });
        this.closed().then(() => {
            this.sub?.unsubscribe();
        });
    }
    notify(n) {
        if (this.listeners.length > 0) {
            (() => {
                this.listeners.forEach((l) => {
                    const qi = l;
                    if (!qi.done) {
                        qi.push(n);
                    }
                });
            })();
        }
    }
}
exports.PushConsumerMessagesImpl = PushConsumerMessagesImpl;
class PushConsumerImpl {
    api;
    _info;
    stream;
    name;
    bound;
    ordered;
    started;
    serial;
    opts;
    constructor(api, info, opts = {}) {
        this.api = api;
        this._info = info;
        this.stream = info.stream_name;
        this.name = info.name;
        this.bound = opts.bound === true;
        this.started = false;
        this.opts = opts;
        this.serial = 0;
        this.ordered = opts.ordered || false;
        if (this.ordered) {
            this.serial = 1;
        }
    }
    consume(userOptions = {}) {
        userOptions = { ...userOptions };
        if (this.started) {
            return Promise.reject(new internal_1.errors.InvalidOperationError("consumer already started"));
        }
        if (!this._info.config.deliver_subject) {
            return Promise.reject(new Error("deliver_subject is not set, not a push consumer"));
        }
        if (!this._info.config.deliver_group && this._info.push_bound) {
            return Promise.reject(new internal_1.errors.InvalidOperationError("consumer is already bound"));
        }
        const v = new PushConsumerMessagesImpl(this, userOptions, this.opts);
        this.started = true;
        v.closed().then(() => {
            this.started = false;
        });
        return Promise.resolve(v);
    }
    delete() {
        if (this.bound) {
            return Promise.reject(new internal_1.errors.InvalidOperationError("bound consumers cannot delete"));
        }
        const { stream_name, name } = this._info;
        return this.api.delete(stream_name, name);
    }
    async info(cached) {
        if (this.bound) {
            return Promise.reject(new internal_1.errors.InvalidOperationError("bound consumers cannot info"));
        }
        if (cached) {
            return Promise.resolve(this._info);
        }
        // FIXME: this can possibly return a stale ci if this is an ordered
        //   consumer, and the consumer reset while we awaited the info...
        const info = await this.api.info(this.stream, this.name);
        this._info = info;
        return info;
    }
    isPullConsumer() {
        return false;
    }
    isPushConsumer() {
        return true;
    }
}
exports.PushConsumerImpl = PushConsumerImpl;
//# sourceMappingURL=pushconsumer.js.map

/***/ }),

/***/ 8386:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright 2023-2026 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RepublishHeaders = exports.DirectMsgHeaders = exports.JsHeaders = exports.AdvisoryKind = void 0;
exports.isOrderedPushConsumerOptions = isOrderedPushConsumerOptions;
exports.isPullConsumer = isPullConsumer;
exports.isPushConsumer = isPushConsumer;
exports.isBoundPushConsumerOptions = isBoundPushConsumerOptions;
function isOrderedPushConsumerOptions(v) {
    if (v && typeof v === "object") {
        return "name_prefix" in v ||
            "deliver_subject_prefix" in v ||
            "filter_subjects" in v ||
            "filter_subject" in v ||
            "deliver_policy" in v ||
            "opt_start_seq" in v ||
            "opt_start_time" in v ||
            "replay_policy" in v ||
            "inactive_threshold" in v ||
            "headers_only" in v ||
            "deliver_prefix" in v;
    }
    return false;
}
function isPullConsumer(v) {
    return v.isPullConsumer();
}
function isPushConsumer(v) {
    return v.isPushConsumer();
}
function isBoundPushConsumerOptions(v) {
    if (v && typeof v === "object") {
        return "deliver_subject" in v ||
            "deliver_group" in v ||
            "idle_heartbeat" in v;
    }
    return false;
}
/**
 * The different kinds of Advisories
 */
exports.AdvisoryKind = {
    API: "api_audit",
    StreamAction: "stream_action",
    ConsumerAction: "consumer_action",
    SnapshotCreate: "snapshot_create",
    SnapshotComplete: "snapshot_complete",
    RestoreCreate: "restore_create",
    RestoreComplete: "restore_complete",
    MaxDeliver: "max_deliver",
    Terminated: "terminated",
    Ack: "consumer_ack",
    StreamLeaderElected: "stream_leader_elected",
    StreamQuorumLost: "stream_quorum_lost",
    ConsumerLeaderElected: "consumer_leader_elected",
    ConsumerQuorumLost: "consumer_quorum_lost",
};
exports.JsHeaders = {
    /**
     * Set if message is from a stream source - format is `stream seq`
     */
    StreamSourceHdr: "Nats-Stream-Source",
    /**
     * Set for heartbeat messages
     */
    LastConsumerSeqHdr: "Nats-Last-Consumer",
    /**
     * Set for heartbeat messages
     */
    LastStreamSeqHdr: "Nats-Last-Stream",
    /**
     * Set for heartbeat messages if the consumer is stalled, reply subject
     * will unstall the client when the client responds
     */
    ConsumerStalledHdr: "Nats-Consumer-Stalled",
    /**
     * Set for headers_only consumers indicates the number of bytes in the payload
     */
    MessageSizeHdr: "Nats-Msg-Size",
    // rollup header
    RollupHdr: "Nats-Rollup",
    // value for rollup header when rolling up a subject
    RollupValueSubject: "sub",
    // value for rollup header when rolling up all subjects
    RollupValueAll: "all",
    /**
     * Set on protocol messages to indicate pull request message count that
     * was not honored.
     */
    PendingMessagesHdr: "Nats-Pending-Messages",
    /**
     * Set on protocol messages to indicate pull request byte count that
     * was not honored
     */
    PendingBytesHdr: "Nats-Pending-Bytes",
    /**
     * Asserts a minimum JetStream API level on a JS API request (ADR-44).
     */
    RequiredApiLevel: "Nats-Required-Api-Level",
};
exports.DirectMsgHeaders = {
    Stream: "Nats-Stream",
    Sequence: "Nats-Sequence",
    TimeStamp: "Nats-Time-Stamp",
    Subject: "Nats-Subject",
    LastSequence: "Nats-Last-Sequence",
    NumPending: "Nats-Num-Pending",
};
exports.RepublishHeaders = {
    /**
     * The source stream of the message
     */
    Stream: "Nats-Stream",
    /**
     * The original subject of the message
     */
    Subject: "Nats-Subject",
    /**
     * The sequence of the republished message
     */
    Sequence: "Nats-Sequence",
    /**
     * The stream sequence id of the last message ingested to the same original subject (or 0 if none or deleted)
     */
    LastSequence: "Nats-Last-Sequence",
    /**
     * The size in bytes of the message's body - Only if {@link Republish#headers_only} is set.
     */
    Size: "Nats-Msg-Size",
};
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 4479:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKey = exports.validateBucket = exports.NoopKvCodecs = exports.Kvm = exports.defaultBucketOpts = exports.Bucket = exports.Base64KeyCodec = exports.KvWatchInclude = exports.kvPrefix = void 0;
var types_1 = __nccwpck_require__(8540);
Object.defineProperty(exports, "kvPrefix", ({ enumerable: true, get: function () { return types_1.kvPrefix; } }));
Object.defineProperty(exports, "KvWatchInclude", ({ enumerable: true, get: function () { return types_1.KvWatchInclude; } }));
var kv_1 = __nccwpck_require__(8616);
Object.defineProperty(exports, "Base64KeyCodec", ({ enumerable: true, get: function () { return kv_1.Base64KeyCodec; } }));
Object.defineProperty(exports, "Bucket", ({ enumerable: true, get: function () { return kv_1.Bucket; } }));
Object.defineProperty(exports, "defaultBucketOpts", ({ enumerable: true, get: function () { return kv_1.defaultBucketOpts; } }));
Object.defineProperty(exports, "Kvm", ({ enumerable: true, get: function () { return kv_1.Kvm; } }));
Object.defineProperty(exports, "NoopKvCodecs", ({ enumerable: true, get: function () { return kv_1.NoopKvCodecs; } }));
Object.defineProperty(exports, "validateBucket", ({ enumerable: true, get: function () { return kv_1.validateBucket; } }));
Object.defineProperty(exports, "validateKey", ({ enumerable: true, get: function () { return kv_1.validateKey; } }));
//# sourceMappingURL=internal_mod.js.map

/***/ }),

/***/ 8616:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2021-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KvStatusImpl = exports.Bucket = exports.Kvm = exports.kvOperationHdr = void 0;
exports.Base64KeyCodec = Base64KeyCodec;
exports.NoopKvCodecs = NoopKvCodecs;
exports.defaultBucketOpts = defaultBucketOpts;
exports.validateKey = validateKey;
exports.validateSearchKey = validateSearchKey;
exports.hasWildcards = hasWildcards;
exports.validateBucket = validateBucket;
const internal_1 = __nccwpck_require__(1124);
const internal_2 = __nccwpck_require__(3665);
const types_1 = __nccwpck_require__(8540);
function Base64KeyCodec() {
    const fn = (key, codec) => {
        const chunks = [];
        for (const t of key.split(".")) {
            switch (t) {
                case ">":
                case "*":
                    chunks.push(t);
                    break;
                default:
                    chunks.push(codec(t));
                    break;
            }
        }
        return chunks.join(".");
    };
    return {
        encode(key) {
            return fn(key, btoa);
        },
        decode(bkey) {
            return fn(bkey, atob);
        },
    };
}
function NoopKvCodecs() {
    return {
        key: {
            encode(k) {
                return k;
            },
            decode(k) {
                return k;
            },
        },
        value: {
            encode(v) {
                return typeof v === "string" ? new TextEncoder().encode(v) : v;
            },
            decode(v) {
                return v;
            },
        },
    };
}
function defaultBucketOpts() {
    return {
        replicas: 1,
        history: 1,
        timeout: 2000,
        max_bytes: -1,
        maxValueSize: -1,
        codec: NoopKvCodecs(),
        storage: internal_2.StorageType.File,
    };
}
exports.kvOperationHdr = "KV-Operation";
const kvSubjectPrefix = "$KV";
const validKeyRe = /^[-/=.\w]+$/;
const validSearchKey = /^[-/=.>*\w]+$/;
const validBucketRe = /^[-\w]+$/;
// this exported for tests
function validateKey(k) {
    if (k.startsWith(".") || k.endsWith(".") || !validKeyRe.test(k)) {
        throw new Error(`invalid key: ${k}`);
    }
}
function validateSearchKey(k) {
    if (k.startsWith(".") || k.endsWith(".") || k.includes("..") ||
        !validSearchKey.test(k)) {
        throw new Error(`invalid key: ${k}`);
    }
}
function hasWildcards(k) {
    if (k.startsWith(".") || k.endsWith(".")) {
        throw new Error(`invalid key: ${k}`);
    }
    const chunks = k.split(".");
    let hasWildcards = false;
    for (let i = 0; i < chunks.length; i++) {
        switch (chunks[i]) {
            case "*":
                hasWildcards = true;
                break;
            case ">":
                if (i !== chunks.length - 1) {
                    throw new Error(`invalid key: ${k}`);
                }
                hasWildcards = true;
                break;
            default:
            // continue
        }
    }
    return hasWildcards;
}
// this exported for tests
function validateBucket(name) {
    if (!validBucketRe.test(name)) {
        throw new Error(`invalid bucket name: ${name}`);
    }
}
/**
 * The entry point to creating new KV instances.
 */
class Kvm {
    js;
    /**
     * Creates an instance of the Kv that allows you to create and access KV stores.
     * Note that if the argument is a NatsConnection, default JetStream Options are
     * used. If you want to set some options, please provide a JetStreamClient instead.
     * @param nc
     */
    constructor(nc) {
        this.js = (0, internal_2.toJetStreamClient)(nc);
    }
    /**
     * Creates and opens the specified KV. If the KV already exists, it opens the existing KV.
     * @param name
     * @param opts
     */
    create(name, opts = {}) {
        return this.#maybeCreate(name, opts);
    }
    /**
     * Open to the specified KV. If the KV doesn't exist, this API will fail on accessing
     * the KV.
     * @param name
     * @param opts
     */
    open(name, opts = {}) {
        opts.bindOnly = true;
        return this.#maybeCreate(name, opts);
    }
    #maybeCreate(name, opts = {}) {
        const { ok, min } = this.js.nc.features.get(internal_1.Feature.JS_KV);
        if (!ok) {
            return Promise.reject(new Error(`kv is only supported on servers ${min} or better`));
        }
        if (opts.bindOnly) {
            return Bucket.bind(this.js, name, opts);
        }
        return Bucket.create(this.js, name, opts);
    }
    /**
     * Lists all available KVs
     */
    list() {
        const filter = (v) => {
            const slr = v;
            const kvStreams = slr.streams.filter((v) => {
                return v.config.name.startsWith(types_1.kvPrefix);
            });
            kvStreams.forEach((si) => {
                si.config.sealed = si.config.sealed || false;
                si.config.deny_delete = si.config.deny_delete || false;
                si.config.deny_purge = si.config.deny_purge || false;
                si.config.allow_rollup_hdrs = si.config.allow_rollup_hdrs || false;
            });
            let cluster = "";
            if (kvStreams.length) {
                cluster = this.js.nc.info?.cluster ?? "";
            }
            return kvStreams.map((si) => {
                return new KvStatusImpl(si, cluster);
            });
        };
        const subj = `${this.js.prefix}.STREAM.LIST`;
        return new internal_2.ListerImpl(subj, filter, this.js);
    }
}
exports.Kvm = Kvm;
class Bucket {
    js;
    jsm;
    stream;
    bucket;
    direct;
    codec;
    prefix;
    editPrefix;
    useJsPrefix;
    _prefixLen;
    constructor(bucket, js, jsm) {
        validateBucket(bucket);
        this.js = js;
        this.jsm = jsm;
        this.bucket = bucket;
        this.prefix = kvSubjectPrefix;
        this.editPrefix = "";
        this.useJsPrefix = false;
        this._prefixLen = 0;
    }
    static async create(js, name, opts = {}) {
        validateBucket(name);
        const jsm = await js.jetstreamManager();
        const bucket = new Bucket(name, js, jsm);
        await bucket.init(opts);
        return bucket;
    }
    static async bind(js, name, opts = {}) {
        const checkAPI = js.getOptions()?.checkAPI ||
            opts.bindOnly === false;
        const jsm = await js.jetstreamManager(checkAPI);
        const info = {
            config: {
                allow_direct: opts.allow_direct,
            },
        };
        validateBucket(name);
        const bucket = new Bucket(name, js, jsm);
        info.config.name = opts.streamName ?? bucket.bucketName();
        Object.assign(bucket, info);
        bucket.stream = info.config.name;
        bucket.codec = opts.codec || NoopKvCodecs();
        bucket.direct = info.config.allow_direct ?? false;
        bucket.initializePrefixes(info);
        return bucket;
    }
    async init(opts = {}) {
        const bo = Object.assign(defaultBucketOpts(), opts);
        this.codec = bo.codec;
        const sc = {};
        this.stream = sc.name = opts.streamName ?? this.bucketName();
        sc.retention = internal_2.RetentionPolicy.Limits;
        sc.max_msgs_per_subject = bo.history;
        if (bo.max_bytes) {
            sc.max_bytes = bo.max_bytes;
        }
        sc.max_msg_size = bo.maxValueSize;
        sc.storage = bo.storage;
        if (opts.placement) {
            sc.placement = opts.placement;
        }
        if (opts.republish) {
            sc.republish = opts.republish;
        }
        if (opts.description) {
            sc.description = opts.description;
        }
        if (opts.markerTTL) {
            sc.allow_msg_ttl = true;
            sc.subject_delete_marker_ttl = (0, internal_1.nanos)(bo.markerTTL);
        }
        if (opts.mirror) {
            const mirror = Object.assign({}, opts.mirror);
            if (!mirror.name.startsWith(types_1.kvPrefix)) {
                mirror.name = `${types_1.kvPrefix}${mirror.name}`;
            }
            sc.mirror = mirror;
            sc.mirror_direct = true;
        }
        else if (opts.sources) {
            const sources = opts.sources.map((s) => {
                const c = Object.assign({}, s);
                const srcBucketName = c.name.startsWith(types_1.kvPrefix)
                    ? c.name.substring(types_1.kvPrefix.length)
                    : c.name;
                if (!c.name.startsWith(types_1.kvPrefix)) {
                    c.name = `${types_1.kvPrefix}${c.name}`;
                }
                if (!s.external && srcBucketName !== this.bucket) {
                    c.subject_transforms = [
                        { src: `$KV.${srcBucketName}.>`, dest: `$KV.${this.bucket}.>` },
                    ];
                }
                return c;
            });
            sc.sources = sources;
            sc.subjects = [this.subjectForBucket()];
        }
        else {
            sc.subjects = [this.subjectForBucket()];
        }
        if (opts.metadata) {
            sc.metadata = opts.metadata;
        }
        if (typeof opts.compression === "boolean") {
            sc.compression = opts.compression
                ? internal_2.StoreCompression.S2
                : internal_2.StoreCompression.None;
        }
        const nci = this.js.nc;
        const have = nci.getServerVersion();
        const discardNew = have ? (0, internal_1.compare)(have, (0, internal_1.parseSemVer)("2.7.2")) >= 0 : false;
        sc.discard = discardNew ? internal_2.DiscardPolicy.New : internal_2.DiscardPolicy.Old;
        const { ok: direct, min } = nci.features.get(internal_1.Feature.JS_ALLOW_DIRECT);
        if (!direct && opts.allow_direct === true) {
            const v = have
                ? `${have.major}.${have.minor}.${have.micro}`
                : "unknown";
            return Promise.reject(new Error(`allow_direct is not available on server version ${v} - requires ${min}`));
        }
        // if we are given allow_direct we use it, otherwise what
        // the server supports - in creation this will always rule,
        // but allows the client to opt-in even if it is already
        // available on the stream
        opts.allow_direct = typeof opts.allow_direct === "boolean"
            ? opts.allow_direct
            : direct;
        sc.allow_direct = opts.allow_direct;
        this.direct = sc.allow_direct;
        sc.num_replicas = bo.replicas;
        if (bo.ttl) {
            sc.max_age = (0, internal_1.nanos)(bo.ttl);
        }
        sc.allow_rollup_hdrs = true;
        let info;
        try {
            info = await this.jsm.streams.info(sc.name);
            if (!info.config.allow_direct && this.direct === true) {
                this.direct = false;
            }
        }
        catch (err) {
            if (err.message === "stream not found") {
                info = await this.jsm.streams.add(sc);
            }
            else {
                throw err;
            }
        }
        this.initializePrefixes(info);
    }
    initializePrefixes(info) {
        this._prefixLen = 0;
        this.prefix = `$KV.${this.bucket}`;
        this.useJsPrefix = this.js.apiPrefix !== "$JS.API";
        const { mirror } = info.config;
        if (mirror) {
            let n = mirror.name;
            if (n.startsWith(types_1.kvPrefix)) {
                n = n.substring(types_1.kvPrefix.length);
            }
            if (mirror.external && mirror.external.api !== "") {
                const mb = mirror.name.substring(types_1.kvPrefix.length);
                this.useJsPrefix = false;
                this.prefix = `$KV.${mb}`;
                this.editPrefix = `${mirror.external.api}.$KV.${n}`;
            }
            else {
                this.editPrefix = this.prefix;
            }
        }
    }
    bucketName() {
        return this.stream ?? `${types_1.kvPrefix}${this.bucket}`;
    }
    subjectForBucket() {
        return `${this.prefix}.${this.bucket}.>`;
    }
    subjectForKey(k, edit = false) {
        const builder = [];
        if (edit) {
            if (this.useJsPrefix) {
                builder.push(this.js.apiPrefix);
            }
            if (this.editPrefix !== "") {
                builder.push(this.editPrefix);
            }
            else {
                builder.push(this.prefix);
            }
        }
        else {
            if (this.prefix) {
                builder.push(this.prefix);
            }
        }
        builder.push(k);
        return builder.join(".");
    }
    fullKeyName(k) {
        if (this.prefix !== "") {
            return `${this.prefix}.${k}`;
        }
        return `${kvSubjectPrefix}.${this.bucket}.${k}`;
    }
    get prefixLen() {
        if (this._prefixLen === 0) {
            this._prefixLen = this.prefix.length + 1;
        }
        return this._prefixLen;
    }
    encodeKey(key) {
        const chunks = [];
        for (const t of key.split(".")) {
            switch (t) {
                case ">":
                case "*":
                    chunks.push(t);
                    break;
                default:
                    chunks.push(this.codec.key.encode(t));
                    break;
            }
        }
        return chunks.join(".");
    }
    decodeKey(ekey) {
        const chunks = [];
        for (const t of ekey.split(".")) {
            switch (t) {
                case ">":
                case "*":
                    chunks.push(t);
                    break;
                default:
                    chunks.push(this.codec.key.decode(t));
                    break;
            }
        }
        return chunks.join(".");
    }
    validateKey = validateKey;
    validateSearchKey = validateSearchKey;
    hasWildcards = hasWildcards;
    close() {
        return Promise.resolve();
    }
    dataLen(data, h) {
        const slen = h ? h.get(internal_2.JsHeaders.MessageSizeHdr) || "" : "";
        if (slen !== "") {
            return parseInt(slen, 10);
        }
        return data.length;
    }
    smToEntry(sm) {
        return new KvStoredEntryImpl(this.bucket, this.prefixLen, sm, this.codec);
    }
    jmToWatchEntry(jm, isUpdate) {
        return new KvJsMsgEntryImpl(this.bucket, this.prefixLen, jm, isUpdate, this.codec);
    }
    async create(k, data, markerTTL) {
        let firstErr;
        try {
            const opts = { previousSeq: 0 };
            const n = await this._put(k, data, opts, markerTTL);
            return Promise.resolve(n);
        }
        catch (err) {
            firstErr = err;
            if (err instanceof internal_2.JetStreamApiError) {
                const jserr = err;
                if (jserr.code !== internal_2.JetStreamApiCodes.StreamWrongLastSequence &&
                    jserr.code !== internal_2.JetStreamApiCodes.StreamWrongLastSequenceUnknown) {
                    return Promise.reject(err);
                }
            }
        }
        let rev = 0;
        try {
            const e = await this.get(k);
            if (e?.operation === "DEL" || e?.operation === "PURGE") {
                rev = e !== null ? e.revision : 0;
                return this._put(k, data, { previousSeq: rev }, markerTTL);
            }
            else {
                return Promise.reject(firstErr);
            }
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    update(k, data, version, timeout) {
        if (version <= 0) {
            throw new Error("version must be greater than 0");
        }
        return this.put(k, data, { previousSeq: version, timeout });
    }
    async _put(k, data, opts = {}, markerTTL) {
        const ek = this.encodeKey(k);
        this.validateKey(ek);
        data = this.codec.value.encode(data);
        const o = { timeout: opts?.timeout };
        if (opts.previousSeq !== undefined) {
            const h = (0, internal_1.headers)();
            o.headers = h;
            h.set(internal_2.PubHeaders.ExpectedLastSubjectSequenceHdr, `${opts.previousSeq}`);
        }
        if (markerTTL) {
            const h = o.headers || (0, internal_1.headers)();
            h.set(internal_2.PubHeaders.MessageTTL, markerTTL);
        }
        try {
            const pa = await this.js.publish(this.subjectForKey(ek, true), data, o);
            return pa.seq;
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    put(k, data, opts = {}) {
        return this._put(k, data, opts);
    }
    async get(k, opts) {
        const ek = this.encodeKey(k);
        this.validateKey(ek);
        let arg = { last_by_subj: this.subjectForKey(ek) };
        if (opts && opts.revision > 0) {
            arg = { seq: opts.revision };
        }
        let sm = null;
        try {
            if (this.direct) {
                const direct = this.jsm.direct;
                sm = await direct.getMessage(this.bucketName(), arg);
            }
            else {
                sm = await this.jsm.streams.getMessage(this.bucketName(), arg);
            }
            if (sm === null) {
                return null;
            }
            const ke = this.smToEntry(sm);
            if (ke.rawKey !== ek) {
                return null;
            }
            return ke;
        }
        catch (err) {
            throw err;
        }
    }
    purge(k, opts) {
        return this._deleteOrPurge(k, "PURGE", opts);
    }
    delete(k, opts) {
        return this._deleteOrPurge(k, "DEL", opts);
    }
    async purgeDeletes(olderMillis = 30 * 60 * 1000) {
        const buf = [];
        const i = await this.history({
            key: ">",
        });
        await (async () => {
            for await (const e of i) {
                if (e.operation === "DEL" || e.operation === "PURGE") {
                    buf.push(e);
                }
            }
        })().then();
        i.stop();
        const min = Date.now() - olderMillis;
        const proms = buf.map((e) => {
            const subj = this.subjectForKey(e.key);
            if (e.created.getTime() >= min) {
                return this.jsm.streams.purge(this.stream, { filter: subj, keep: 1 });
            }
            else {
                return this.jsm.streams.purge(this.stream, { filter: subj, keep: 0 });
            }
        });
        const purged = await Promise.all(proms);
        purged.unshift({ success: true, purged: 0 });
        return purged.reduce((pv, cv) => {
            pv.purged += cv.purged;
            return pv;
        });
    }
    async _deleteOrPurge(k, op, opts) {
        if (!this.hasWildcards(k)) {
            return this._doDeleteOrPurge(k, op, opts);
        }
        const iter = await this.keys(k);
        const buf = [];
        for await (const k of iter) {
            buf.push(this._doDeleteOrPurge(k, op));
            if (buf.length === 100) {
                await Promise.all(buf);
                buf.length = 0;
            }
        }
        if (buf.length > 0) {
            await Promise.all(buf);
        }
    }
    async _doDeleteOrPurge(k, op, opts) {
        const ek = this.encodeKey(k);
        this.validateKey(ek);
        const h = (0, internal_1.headers)();
        h.set(exports.kvOperationHdr, op);
        if (op === "PURGE") {
            const popts = opts;
            h.set(internal_2.JsHeaders.RollupHdr, internal_2.JsHeaders.RollupValueSubject);
            if (typeof popts?.ttl === "string" && popts.ttl !== "") {
                h.set(internal_2.PubHeaders.MessageTTL, `${popts.ttl}`);
            }
        }
        if (opts?.previousSeq) {
            h.set(internal_2.PubHeaders.ExpectedLastSubjectSequenceHdr, `${opts.previousSeq}`);
        }
        await this.js.publish(this.subjectForKey(ek, true), internal_1.Empty, { headers: h });
    }
    _buildCC(k, content, opts = {}) {
        const a = !Array.isArray(k) ? [k] : k;
        let filter_subjects = a.map((k) => {
            const ek = this.encodeKey(k);
            this.validateSearchKey(k);
            return this.fullKeyName(ek);
        });
        let deliver_policy = internal_2.DeliverPolicy.LastPerSubject;
        if (content === types_1.KvWatchInclude.AllHistory) {
            deliver_policy = internal_2.DeliverPolicy.All;
        }
        if (content === types_1.KvWatchInclude.UpdatesOnly) {
            deliver_policy = internal_2.DeliverPolicy.New;
        }
        let filter_subject = undefined;
        if (filter_subjects.length === 1) {
            filter_subject = filter_subjects[0];
            filter_subjects = undefined;
        }
        return Object.assign({
            deliver_policy,
            "ack_policy": internal_2.AckPolicy.None,
            filter_subjects,
            filter_subject,
            "flow_control": true,
            "idle_heartbeat": (0, internal_1.nanos)(5 * 1000),
        }, opts);
    }
    remove(k) {
        return this.purge(k);
    }
    async history(opts = {}) {
        const k = opts.key ?? ">";
        const co = {};
        co.headers_only = opts.headers_only || false;
        const qi = new internal_1.QueuedIteratorImpl();
        const fn = () => {
            qi.stop();
        };
        const cc = this._buildCC(k, types_1.KvWatchInclude.AllHistory, co);
        const oc = await this.js.consumers.getPushConsumer(this.stream, cc);
        qi._data = oc;
        const info = await oc.info(true);
        if (info.num_pending === 0) {
            qi.push(fn);
            return qi;
        }
        const iter = await oc.consume({
            callback: (m) => {
                const e = this.jmToWatchEntry(m, false);
                qi.push(e);
                qi.received++;
                if (m.info.pending === 0) {
                    qi.push(fn);
                }
            },
        });
        iter.closed().then(() => {
            qi.push(fn);
        });
        (async () => {
            for await (const s of iter.status()) {
                switch (s.type) {
                    // if we get a heartbeat we got all the keys
                    case "heartbeat":
                        qi.push(() => {
                            qi.stop();
                        });
                        break;
                }
            }
        })().then();
        // if they break from the iterator stop the consumer
        qi.iterClosed.then(() => {
            iter.stop();
        });
        return qi;
    }
    canSetWatcherName() {
        //@ts-ignore: avoiding circular dependencies
        const nci = this.js.nc;
        const { ok } = nci.features.get(internal_1.Feature.JS_NEW_CONSUMER_CREATE_API);
        return ok;
    }
    async watch(opts = {}) {
        const k = opts.key ?? ">";
        const qi = new internal_1.QueuedIteratorImpl();
        const co = {};
        co.headers_only = opts.headers_only || false;
        let content = types_1.KvWatchInclude.LastValue;
        if (opts.include === types_1.KvWatchInclude.AllHistory) {
            content = types_1.KvWatchInclude.AllHistory;
        }
        else if (opts.include === types_1.KvWatchInclude.UpdatesOnly) {
            content = types_1.KvWatchInclude.UpdatesOnly;
        }
        const ignoreDeletes = opts.ignoreDeletes === true;
        const cc = this._buildCC(k, content, co);
        cc.name = `KV_WATCHER_${internal_1.nuid.next()}`;
        if (opts.resumeFromRevision && opts.resumeFromRevision > 0) {
            cc.deliver_policy = internal_2.DeliverPolicy.StartSequence;
            cc.opt_start_seq = opts.resumeFromRevision;
        }
        const oc = await this.js.consumers.getPushConsumer(this.stream, cc);
        const info = await oc.info(true);
        const count = info.num_pending;
        let isUpdate = content === types_1.KvWatchInclude.UpdatesOnly || count === 0;
        qi._data = oc;
        let i = 0;
        const iter = await oc.consume({
            callback: (m) => {
                if (!isUpdate) {
                    i++;
                    isUpdate = i >= count;
                }
                const e = this.jmToWatchEntry(m, isUpdate);
                if (ignoreDeletes && e.operation === "DEL") {
                    return;
                }
                qi.push(e);
                qi.received++;
            },
        });
        qi.iterClosed.then(() => {
            iter.stop();
        });
        iter.closed().then(() => {
            qi.push(() => {
                qi.stop();
            });
        });
        return qi;
    }
    async keys(k = ">") {
        const keys = new internal_1.QueuedIteratorImpl();
        const cc = this._buildCC(k, types_1.KvWatchInclude.LastValue, {
            headers_only: true,
        });
        const oc = await this.js.consumers.getPushConsumer(this.stream, cc);
        const info = await oc.info();
        if (info.num_pending === 0) {
            keys.stop();
            return keys;
        }
        keys._data = oc;
        const iter = await oc.consume({
            callback: (m) => {
                const op = m.headers?.get(exports.kvOperationHdr);
                if (op !== "DEL" && op !== "PURGE") {
                    const key = this.decodeKey(m.subject.substring(this.prefixLen));
                    keys.push(key);
                }
                if (m.info.pending === 0) {
                    iter.stop();
                }
            },
        });
        (async () => {
            for await (const s of iter.status()) {
                switch (s.type) {
                    // if we get a heartbeat we got all the keys
                    case "heartbeat":
                        keys.push(() => {
                            keys.stop();
                        });
                        break;
                }
            }
        })().then();
        iter.closed().then(() => {
            keys.push(() => {
                keys.stop();
            });
        });
        keys.iterClosed.then(() => {
            iter.stop();
        });
        return keys;
    }
    purgeBucket(opts) {
        return this.jsm.streams.purge(this.bucketName(), opts);
    }
    destroy() {
        return this.jsm.streams.delete(this.bucketName());
    }
    async status() {
        const nc = this.js.nc;
        const cluster = nc.info?.cluster ?? "";
        const bn = this.bucketName();
        const si = await this.jsm.streams.info(bn);
        return new KvStatusImpl(si, cluster);
    }
}
exports.Bucket = Bucket;
class KvStatusImpl {
    si;
    cluster;
    constructor(si, cluster = "") {
        this.si = si;
        this.cluster = cluster;
    }
    get bucket() {
        return this.si.config.name.startsWith(types_1.kvPrefix)
            ? this.si.config.name.substring(types_1.kvPrefix.length)
            : this.si.config.name;
    }
    get values() {
        return this.si.state.messages;
    }
    get history() {
        return this.si.config.max_msgs_per_subject;
    }
    get ttl() {
        return (0, internal_1.millis)(this.si.config.max_age);
    }
    get markerTTL() {
        if (typeof this.si.config.subject_delete_marker_ttl === "number") {
            return (0, internal_1.millis)(this.si.config.subject_delete_marker_ttl);
        }
        return 0;
    }
    get bucket_location() {
        return this.cluster;
    }
    get backingStore() {
        return this.si.config.storage;
    }
    get storage() {
        return this.si.config.storage;
    }
    get replicas() {
        return this.si.config.num_replicas;
    }
    get description() {
        return this.si.config.description ?? "";
    }
    get maxBucketSize() {
        return this.si.config.max_bytes;
    }
    get maxValueSize() {
        return this.si.config.max_msg_size;
    }
    get max_bytes() {
        return this.si.config.max_bytes;
    }
    get placement() {
        return this.si.config.placement || { cluster: "", tags: [] };
    }
    get placementCluster() {
        return this.si.config.placement?.cluster ?? "";
    }
    get republish() {
        return this.si.config.republish ?? { src: "", dest: "" };
    }
    get streamInfo() {
        return this.si;
    }
    get size() {
        return this.si.state.bytes;
    }
    get metadata() {
        return this.si.config.metadata ?? {};
    }
    get compression() {
        if (this.si.config.compression) {
            return this.si.config.compression !== internal_2.StoreCompression.None;
        }
        return false;
    }
}
exports.KvStatusImpl = KvStatusImpl;
class KvStoredEntryImpl {
    bucket;
    sm;
    prefixLen;
    codec;
    constructor(bucket, prefixLen, sm, codec) {
        this.bucket = bucket;
        this.prefixLen = prefixLen;
        this.sm = sm;
        this.codec = codec;
    }
    get rawKey() {
        return this.sm.subject.substring(this.prefixLen);
    }
    get key() {
        return this.codec.key.decode(this.rawKey);
    }
    get value() {
        return this.codec.value.decode(this.sm.data);
    }
    get delta() {
        return 0;
    }
    get created() {
        return this.sm.time;
    }
    get revision() {
        return this.sm.seq;
    }
    get operation() {
        if (this.sm.header?.has("Nats-Marker-Reason")) {
            const op = this.sm.header?.get("Nats-Marker-Reason");
            if (op === "MaxAge") {
                return "PURGE";
            }
        }
        return this.sm.header?.get(exports.kvOperationHdr) || "PUT";
    }
    get length() {
        const slen = this.sm.header.get(internal_2.JsHeaders.MessageSizeHdr) || "";
        if (slen !== "") {
            return parseInt(slen, 10);
        }
        return this.sm.data.length;
    }
    json(reviver) {
        return JSON.parse(internal_1.TD.decode(this.value), reviver);
    }
    string() {
        return internal_1.TD.decode(this.value);
    }
}
class KvJsMsgEntryImpl {
    bucket;
    sm;
    prefixLen;
    update;
    codec;
    constructor(bucket, prefixLen, sm, isUpdate, codec) {
        this.bucket = bucket;
        this.prefixLen = prefixLen;
        this.sm = sm;
        this.update = isUpdate;
        this.codec = codec;
    }
    get rawKey() {
        return this.sm.subject.substring(this.prefixLen);
    }
    get key() {
        return this.codec.key.decode(this.rawKey);
    }
    get value() {
        return this.codec.value.decode(this.sm.data);
    }
    get created() {
        return new Date((0, internal_1.millis)(this.sm.info.timestampNanos));
    }
    get revision() {
        return this.sm.seq;
    }
    get operation() {
        if (this.sm.headers?.has("Nats-Marker-Reason")) {
            const op = this.sm.headers?.get("Nats-Marker-Reason");
            if (op === "MaxAge") {
                return "PURGE";
            }
        }
        return this.sm.headers?.get(exports.kvOperationHdr) || "PUT";
    }
    get delta() {
        return this.sm.info.pending;
    }
    get length() {
        const slen = this.sm.headers?.get(internal_2.JsHeaders.MessageSizeHdr) || "";
        if (slen !== "") {
            return parseInt(slen, 10);
        }
        return this.sm.data.length;
    }
    get isUpdate() {
        return this.update;
    }
    json(reviver) {
        return JSON.parse(internal_1.TD.decode(this.value), reviver);
    }
    string() {
        return internal_1.TD.decode(this.value);
    }
}
//# sourceMappingURL=kv.js.map

/***/ }),

/***/ 2085:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = exports.Br = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
var internal_mod_1 = __nccwpck_require__(4479);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_1.KvWatchInclude; } });
var internal_mod_2 = __nccwpck_require__(4479);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.Base64KeyCodec; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.Bucket; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.defaultBucketOpts; } });
Object.defineProperty(exports, "Br", ({ enumerable: true, get: function () { return internal_mod_2.Kvm; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return internal_mod_2.NoopKvCodecs; } });
//# sourceMappingURL=mod.js.map

/***/ }),

/***/ 8540:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kvPrefix = exports.KvWatchInclude = void 0;
exports.KvWatchInclude = {
    /**
     * Include the last value for all the keys
     */
    LastValue: "",
    /**
     * Include all available history for all keys
     */
    AllHistory: "history",
    /**
     * Don't include history or last values, only notify
     * of updates
     */
    UpdatesOnly: "updates",
};
exports.kvPrefix = "KV_";
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 1531:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.multiAuthenticator = multiAuthenticator;
exports.noAuthFn = noAuthFn;
exports.usernamePasswordAuthenticator = usernamePasswordAuthenticator;
exports.tokenAuthenticator = tokenAuthenticator;
exports.nkeyAuthenticator = nkeyAuthenticator;
exports.jwtAuthenticator = jwtAuthenticator;
exports.credsAuthenticator = credsAuthenticator;
/*
 * Copyright 2020-2023 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const nkeys_1 = __nccwpck_require__(4046);
const encoders_1 = __nccwpck_require__(8447);
function multiAuthenticator(authenticators) {
    return (nonce) => {
        let auth = {};
        authenticators.forEach((a) => {
            const args = a(nonce) || {};
            auth = Object.assign(auth, args);
        });
        return auth;
    };
}
function noAuthFn() {
    return () => {
        return;
    };
}
/**
 * Returns a user/pass authenticator for the specified user and optional password
 * @param { string | () => string } user
 * @param {string | () => string } pass
 * @return {UserPass}
 */
function usernamePasswordAuthenticator(user, pass) {
    return () => {
        const u = typeof user === "function" ? user() : user;
        const p = typeof pass === "function" ? pass() : pass;
        return { user: u, pass: p };
    };
}
/**
 * Returns a token authenticator for the specified token
 * @param { string | () => string } token
 * @return {TokenAuth}
 */
function tokenAuthenticator(token) {
    return () => {
        const auth_token = typeof token === "function" ? token() : token;
        return { auth_token };
    };
}
/**
 * Returns an Authenticator that returns a NKeyAuth based that uses the
 * specified seed or function returning a seed.
 * @param {Uint8Array | (() => Uint8Array)} seed - the nkey seed
 * @return {NKeyAuth}
 */
function nkeyAuthenticator(seed) {
    return (nonce) => {
        const s = typeof seed === "function" ? seed() : seed;
        const kp = s ? nkeys_1.nkeys.fromSeed(s) : undefined;
        const nkey = kp ? kp.getPublicKey() : "";
        const challenge = encoders_1.TE.encode(nonce || "");
        const sigBytes = kp !== undefined && nonce ? kp.sign(challenge) : undefined;
        const sig = sigBytes ? nkeys_1.nkeys.encode(sigBytes) : "";
        return { nkey, sig };
    };
}
/**
 * Returns an Authenticator function that returns a JwtAuth.
 * If a seed is provided, the public key, and signature are
 * calculated.
 *
 * @param {string | ()=>string} ajwt - the jwt
 * @param {Uint8Array | ()=> Uint8Array } seed - the optional nkey seed
 * @return {Authenticator}
 */
function jwtAuthenticator(ajwt, seed) {
    return (nonce) => {
        const jwt = typeof ajwt === "function" ? ajwt() : ajwt;
        const fn = nkeyAuthenticator(seed);
        const { nkey, sig } = fn(nonce);
        return { jwt, nkey, sig };
    };
}
/**
 * Returns an Authenticator function that returns a JwtAuth.
 * This is a convenience Authenticator that parses the
 * specified creds and delegates to the jwtAuthenticator.
 * @param {Uint8Array | () => Uint8Array } creds - the contents of a creds file or a function that returns the creds
 * @returns {JwtAuth}
 */
function credsAuthenticator(creds) {
    const fn = typeof creds !== "function" ? () => creds : creds;
    const parse = () => {
        const CREDS = /\s*(?:(?:[-]{3,}[^\n]*[-]{3,}\n)(.+)(?:\n\s*[-]{3,}[^\n]*[-]{3,}\n))/ig;
        const s = encoders_1.TD.decode(fn());
        // get the JWT
        let m = CREDS.exec(s);
        if (!m) {
            throw new Error("unable to parse credentials");
        }
        const jwt = m[1].trim();
        // get the nkey
        m = CREDS.exec(s);
        if (!m) {
            throw new Error("unable to parse credentials");
        }
        const seed = encoders_1.TE.encode(m[1].trim());
        return { jwt, seed };
    };
    const jwtFn = () => {
        const { jwt } = parse();
        return jwt;
    };
    const nkeyFn = () => {
        const { seed } = parse();
        return seed;
    };
    return jwtAuthenticator(jwtFn, nkeyFn);
}
//# sourceMappingURL=authenticator.js.map

/***/ }),

/***/ 7734:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2020-2022 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bench = exports.Metric = void 0;
exports.throughput = throughput;
exports.msgThroughput = msgThroughput;
exports.humanizeBytes = humanizeBytes;
const types_1 = __nccwpck_require__(9761);
const nuid_1 = __nccwpck_require__(366);
const util_1 = __nccwpck_require__(1558);
class Metric {
    name;
    duration;
    date;
    payload;
    msgs;
    lang;
    version;
    bytes;
    asyncRequests;
    min;
    max;
    constructor(name, duration) {
        this.name = name;
        this.duration = duration;
        this.date = Date.now();
        this.payload = 0;
        this.msgs = 0;
        this.bytes = 0;
    }
    toString() {
        const sec = (this.duration) / 1000;
        const mps = Math.round(this.msgs / sec);
        const label = this.asyncRequests ? "asyncRequests" : "";
        let minmax = "";
        if (this.max) {
            minmax = `${this.min}/${this.max}`;
        }
        return `${this.name}${label ? " [asyncRequests]" : ""} ${humanizeNumber(mps)} msgs/sec - [${sec.toFixed(2)} secs] ~ ${throughput(this.bytes, sec)} ${minmax}`;
    }
    toCsv() {
        return `"${this.name}",${new Date(this.date).toISOString()},${this.lang},${this.version},${this.msgs},${this.payload},${this.bytes},${this.duration},${this.asyncRequests ? this.asyncRequests : false}\n`;
    }
    static header() {
        return `Test,Date,Lang,Version,Count,MsgPayload,Bytes,Millis,Async\n`;
    }
}
exports.Metric = Metric;
class Bench {
    nc;
    callbacks;
    msgs;
    size;
    subject;
    asyncRequests;
    pub;
    sub;
    req;
    rep;
    perf;
    payload;
    constructor(nc, opts = {
        msgs: 100000,
        size: 128,
        subject: "",
        asyncRequests: false,
        pub: false,
        sub: false,
        req: false,
        rep: false,
    }) {
        this.nc = nc;
        this.callbacks = opts.callbacks || false;
        this.msgs = opts.msgs || 0;
        this.size = opts.size || 0;
        this.subject = opts.subject || nuid_1.nuid.next();
        this.asyncRequests = opts.asyncRequests || false;
        this.pub = opts.pub || false;
        this.sub = opts.sub || false;
        this.req = opts.req || false;
        this.rep = opts.rep || false;
        this.perf = new util_1.Perf();
        this.payload = this.size ? new Uint8Array(this.size) : types_1.Empty;
        if (!this.pub && !this.sub && !this.req && !this.rep) {
            throw new Error("no options selected");
        }
    }
    async run() {
        this.nc.closed()
            .then((err) => {
            if (err) {
                throw err;
            }
        });
        if (this.callbacks) {
            await this.runCallbacks();
        }
        else {
            await this.runAsync();
        }
        return this.processMetrics();
    }
    processMetrics() {
        const nc = this.nc;
        const { lang, version } = nc.protocol.transport;
        if (this.pub && this.sub) {
            this.perf.measure("pubsub", "pubStart", "subStop");
        }
        if (this.req && this.rep) {
            this.perf.measure("reqrep", "reqStart", "reqStop");
        }
        const measures = this.perf.getEntries();
        const pubsub = measures.find((m) => m.name === "pubsub");
        const reqrep = measures.find((m) => m.name === "reqrep");
        const req = measures.find((m) => m.name === "req");
        const rep = measures.find((m) => m.name === "rep");
        const pub = measures.find((m) => m.name === "pub");
        const sub = measures.find((m) => m.name === "sub");
        const stats = this.nc.stats();
        const metrics = [];
        if (pubsub) {
            const { name, duration } = pubsub;
            const m = new Metric(name, duration);
            m.msgs = this.msgs * 2;
            m.bytes = stats.inBytes + stats.outBytes;
            m.lang = lang;
            m.version = version;
            m.payload = this.payload.length;
            metrics.push(m);
        }
        if (reqrep) {
            const { name, duration } = reqrep;
            const m = new Metric(name, duration);
            m.msgs = this.msgs * 2;
            m.bytes = stats.inBytes + stats.outBytes;
            m.lang = lang;
            m.version = version;
            m.payload = this.payload.length;
            metrics.push(m);
        }
        if (pub) {
            const { name, duration } = pub;
            const m = new Metric(name, duration);
            m.msgs = this.msgs;
            m.bytes = stats.outBytes;
            m.lang = lang;
            m.version = version;
            m.payload = this.payload.length;
            metrics.push(m);
        }
        if (sub) {
            const { name, duration } = sub;
            const m = new Metric(name, duration);
            m.msgs = this.msgs;
            m.bytes = stats.inBytes;
            m.lang = lang;
            m.version = version;
            m.payload = this.payload.length;
            metrics.push(m);
        }
        if (rep) {
            const { name, duration } = rep;
            const m = new Metric(name, duration);
            m.msgs = this.msgs;
            m.bytes = stats.inBytes + stats.outBytes;
            m.lang = lang;
            m.version = version;
            m.payload = this.payload.length;
            metrics.push(m);
        }
        if (req) {
            const { name, duration } = req;
            const m = new Metric(name, duration);
            m.msgs = this.msgs;
            m.bytes = stats.inBytes + stats.outBytes;
            m.lang = lang;
            m.version = version;
            m.payload = this.payload.length;
            metrics.push(m);
        }
        return metrics;
    }
    async runCallbacks() {
        const jobs = [];
        if (this.sub) {
            const d = (0, util_1.deferred)();
            jobs.push(d);
            let i = 0;
            this.nc.subscribe(this.subject, {
                max: this.msgs,
                callback: () => {
                    i++;
                    if (i === 1) {
                        this.perf.mark("subStart");
                    }
                    if (i === this.msgs) {
                        this.perf.mark("subStop");
                        this.perf.measure("sub", "subStart", "subStop");
                        d.resolve();
                    }
                },
            });
        }
        if (this.rep) {
            const d = (0, util_1.deferred)();
            jobs.push(d);
            let i = 0;
            this.nc.subscribe(this.subject, {
                max: this.msgs,
                callback: (_, m) => {
                    m.respond(this.payload);
                    i++;
                    if (i === 1) {
                        this.perf.mark("repStart");
                    }
                    if (i === this.msgs) {
                        this.perf.mark("repStop");
                        this.perf.measure("rep", "repStart", "repStop");
                        d.resolve();
                    }
                },
            });
        }
        if (this.pub) {
            const job = (async () => {
                this.perf.mark("pubStart");
                for (let i = 0; i < this.msgs; i++) {
                    this.nc.publish(this.subject, this.payload);
                }
                await this.nc.flush();
                this.perf.mark("pubStop");
                this.perf.measure("pub", "pubStart", "pubStop");
            })();
            jobs.push(job);
        }
        if (this.req) {
            const job = (async () => {
                if (this.asyncRequests) {
                    this.perf.mark("reqStart");
                    const a = [];
                    for (let i = 0; i < this.msgs; i++) {
                        a.push(this.nc.request(this.subject, this.payload, { timeout: 20000 }));
                    }
                    await Promise.all(a);
                    this.perf.mark("reqStop");
                    this.perf.measure("req", "reqStart", "reqStop");
                }
                else {
                    this.perf.mark("reqStart");
                    for (let i = 0; i < this.msgs; i++) {
                        await this.nc.request(this.subject);
                    }
                    this.perf.mark("reqStop");
                    this.perf.measure("req", "reqStart", "reqStop");
                }
            })();
            jobs.push(job);
        }
        await Promise.all(jobs);
    }
    async runAsync() {
        const jobs = [];
        if (this.rep) {
            let first = false;
            const sub = this.nc.subscribe(this.subject, { max: this.msgs });
            const job = (async () => {
                for await (const m of sub) {
                    if (!first) {
                        this.perf.mark("repStart");
                        first = true;
                    }
                    m.respond(this.payload);
                }
                await this.nc.flush();
                this.perf.mark("repStop");
                this.perf.measure("rep", "repStart", "repStop");
            })();
            jobs.push(job);
        }
        if (this.sub) {
            let first = false;
            const sub = this.nc.subscribe(this.subject, { max: this.msgs });
            const job = (async () => {
                for await (const _m of sub) {
                    if (!first) {
                        this.perf.mark("subStart");
                        first = true;
                    }
                }
                this.perf.mark("subStop");
                this.perf.measure("sub", "subStart", "subStop");
            })();
            jobs.push(job);
        }
        if (this.pub) {
            const job = (async () => {
                this.perf.mark("pubStart");
                for (let i = 0; i < this.msgs; i++) {
                    this.nc.publish(this.subject, this.payload);
                }
                await this.nc.flush();
                this.perf.mark("pubStop");
                this.perf.measure("pub", "pubStart", "pubStop");
            })();
            jobs.push(job);
        }
        if (this.req) {
            const job = (async () => {
                if (this.asyncRequests) {
                    this.perf.mark("reqStart");
                    const a = [];
                    for (let i = 0; i < this.msgs; i++) {
                        a.push(this.nc.request(this.subject, this.payload, { timeout: 20000 }));
                    }
                    await Promise.all(a);
                    this.perf.mark("reqStop");
                    this.perf.measure("req", "reqStart", "reqStop");
                }
                else {
                    this.perf.mark("reqStart");
                    for (let i = 0; i < this.msgs; i++) {
                        await this.nc.request(this.subject);
                    }
                    this.perf.mark("reqStop");
                    this.perf.measure("req", "reqStart", "reqStop");
                }
            })();
            jobs.push(job);
        }
        await Promise.all(jobs);
    }
}
exports.Bench = Bench;
function throughput(bytes, seconds) {
    return `${humanizeBytes(bytes / seconds)}/sec`;
}
function msgThroughput(msgs, seconds) {
    return `${(Math.floor(msgs / seconds))} msgs/sec`;
}
function humanizeBytes(bytes, si = false) {
    const base = si ? 1000 : 1024;
    const pre = si
        ? ["k", "M", "G", "T", "P", "E"]
        : ["K", "M", "G", "T", "P", "E"];
    const post = si ? "iB" : "B";
    if (bytes < base) {
        return `${bytes.toFixed(2)} ${post}`;
    }
    const exp = parseInt(Math.log(bytes) / Math.log(base) + "");
    const index = parseInt((exp - 1) + "");
    return `${(bytes / Math.pow(base, exp)).toFixed(2)} ${pre[index]}${post}`;
}
function humanizeNumber(n) {
    return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
//# sourceMappingURL=bench.js.map

/***/ }),

/***/ 3629:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2023 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_HOST = exports.DEFAULT_PORT = exports.Match = void 0;
exports.syncIterator = syncIterator;
exports.createInbox = createInbox;
const nuid_1 = __nccwpck_require__(366);
const errors_1 = __nccwpck_require__(4805);
exports.Match = {
    // Exact option is case-sensitive
    Exact: "exact",
    // Case-sensitive, but key is transformed to Canonical MIME representation
    CanonicalMIME: "canonical",
    // Case-insensitive matches
    IgnoreCase: "insensitive",
};
/**
 * syncIterator is a utility function that allows an AsyncIterator to be triggered
 * by calling next() - the utility will yield null if the underlying iterator is closed.
 * Note it is possibly an error to call use this function on an AsyncIterable that has
 * already been started (Symbol.asyncIterator() has been called) from a looping construct.
 */
function syncIterator(src) {
    const iter = src[Symbol.asyncIterator]();
    return {
        async next() {
            const m = await iter.next();
            if (m.done) {
                return Promise.resolve(null);
            }
            return Promise.resolve(m.value);
        },
    };
}
function createInbox(prefix = "") {
    prefix = prefix || "_INBOX";
    if (typeof prefix !== "string") {
        throw (new TypeError("prefix must be a string"));
    }
    prefix.split(".")
        .forEach((v) => {
        if (v === "*" || v === ">") {
            throw errors_1.InvalidArgumentError.format("prefix", `cannot have wildcards ('${prefix}')`);
        }
    });
    return `${prefix}.${nuid_1.nuid.next()}`;
}
exports.DEFAULT_PORT = 4222;
exports.DEFAULT_HOST = "127.0.0.1";
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2018-2021 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DataBuffer = void 0;
const encoders_1 = __nccwpck_require__(8447);
class DataBuffer {
    buffers;
    byteLength;
    constructor() {
        this.buffers = [];
        this.byteLength = 0;
    }
    static concat(...bufs) {
        let max = 0;
        for (let i = 0; i < bufs.length; i++) {
            max += bufs[i].length;
        }
        const out = new Uint8Array(max);
        let index = 0;
        for (let i = 0; i < bufs.length; i++) {
            out.set(bufs[i], index);
            index += bufs[i].length;
        }
        return out;
    }
    static fromAscii(m) {
        if (!m) {
            m = "";
        }
        return encoders_1.TE.encode(m);
    }
    static toAscii(a) {
        return encoders_1.TD.decode(a);
    }
    reset() {
        this.buffers.length = 0;
        this.byteLength = 0;
    }
    pack() {
        if (this.buffers.length > 1) {
            const v = new Uint8Array(this.byteLength);
            let index = 0;
            for (let i = 0; i < this.buffers.length; i++) {
                v.set(this.buffers[i], index);
                index += this.buffers[i].length;
            }
            this.buffers.length = 0;
            this.buffers.push(v);
        }
    }
    shift() {
        if (this.buffers.length) {
            const a = this.buffers.shift();
            if (a) {
                this.byteLength -= a.length;
                return a;
            }
        }
        return new Uint8Array(0);
    }
    drain(n) {
        if (this.buffers.length) {
            this.pack();
            const v = this.buffers.pop();
            if (v) {
                const max = this.byteLength;
                if (n === undefined || n > max) {
                    n = max;
                }
                const d = v.subarray(0, n);
                if (max > n) {
                    this.buffers.push(v.subarray(n));
                }
                this.byteLength = max - n;
                return d;
            }
        }
        return new Uint8Array(0);
    }
    fill(a, ...bufs) {
        if (a) {
            this.buffers.push(a);
            this.byteLength += a.length;
        }
        for (let i = 0; i < bufs.length; i++) {
            if (bufs[i] && bufs[i].length) {
                this.buffers.push(bufs[i]);
                this.byteLength += bufs[i].length;
            }
        }
    }
    peek() {
        if (this.buffers.length) {
            this.pack();
            return this.buffers[0];
        }
        return new Uint8Array(0);
    }
    size() {
        return this.byteLength;
    }
    length() {
        return this.buffers.length;
    }
}
exports.DataBuffer = DataBuffer;
//# sourceMappingURL=databuffer.js.map

/***/ }),

/***/ 2248:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Copyright 2018-2021 the Deno authors. All rights reserved. MIT license.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DenoBuffer = exports.MAX_SIZE = exports.AssertionError = void 0;
exports.assert = assert;
exports.concat = concat;
exports.append = append;
exports.readAll = readAll;
exports.writeAll = writeAll;
// This code has been ported almost directly from Go's src/bytes/buffer.go
// Copyright 2009 The Go Authors. All rights reserved. BSD license.
// https://github.com/golang/go/blob/master/LICENSE
// This code removes all Deno specific functionality to enable its use
// in a browser environment
//@internal
const encoders_1 = __nccwpck_require__(8447);
class AssertionError extends Error {
    constructor(msg) {
        super(msg);
        this.name = "AssertionError";
    }
}
exports.AssertionError = AssertionError;
// @internal
function assert(cond, msg = "Assertion failed.") {
    if (!cond) {
        throw new AssertionError(msg);
    }
}
// MIN_READ is the minimum ArrayBuffer size passed to a read call by
// buffer.ReadFrom. As long as the Buffer has at least MIN_READ bytes beyond
// what is required to hold the contents of r, readFrom() will not grow the
// underlying buffer.
const MIN_READ = 32 * 1024;
exports.MAX_SIZE = 2 ** 32 - 2;
// `off` is the offset into `dst` where it will at which to begin writing values
// from `src`.
// Returns the number of bytes copied.
function copy(src, dst, off = 0) {
    const r = dst.byteLength - off;
    if (src.byteLength > r) {
        src = src.subarray(0, r);
    }
    dst.set(src, off);
    return src.byteLength;
}
function concat(origin, b) {
    if (origin === undefined && b === undefined) {
        return new Uint8Array(0);
    }
    if (origin === undefined) {
        return b;
    }
    if (b === undefined) {
        return origin;
    }
    const output = new Uint8Array(origin.length + b.length);
    output.set(origin, 0);
    output.set(b, origin.length);
    return output;
}
function append(origin, b) {
    return concat(origin, Uint8Array.of(b));
}
class DenoBuffer {
    _buf; // contents are the bytes _buf[off : len(_buf)]
    _off; // read at _buf[off], write at _buf[_buf.byteLength]
    constructor(ab) {
        this._off = 0;
        if (ab == null) {
            this._buf = new Uint8Array(0);
            return;
        }
        this._buf = new Uint8Array(ab);
    }
    bytes(options = { copy: true }) {
        if (options.copy === false)
            return this._buf.subarray(this._off);
        return this._buf.slice(this._off);
    }
    empty() {
        return this._buf.byteLength <= this._off;
    }
    get length() {
        return this._buf.byteLength - this._off;
    }
    get capacity() {
        return this._buf.buffer.byteLength;
    }
    truncate(n) {
        if (n === 0) {
            this.reset();
            return;
        }
        if (n < 0 || n > this.length) {
            throw Error("bytes.Buffer: truncation out of range");
        }
        this._reslice(this._off + n);
    }
    reset() {
        this._reslice(0);
        this._off = 0;
    }
    _tryGrowByReslice(n) {
        const l = this._buf.byteLength;
        if (n <= this.capacity - l) {
            this._reslice(l + n);
            return l;
        }
        return -1;
    }
    _reslice(len) {
        assert(len <= this._buf.buffer.byteLength);
        this._buf = new Uint8Array(this._buf.buffer, 0, len);
    }
    readByte() {
        const a = new Uint8Array(1);
        if (this.read(a)) {
            return a[0];
        }
        return null;
    }
    read(p) {
        if (this.empty()) {
            // Buffer is empty, reset to recover space.
            this.reset();
            if (p.byteLength === 0) {
                // this edge case is tested in 'bufferReadEmptyAtEOF' test
                return 0;
            }
            return null;
        }
        const nread = copy(this._buf.subarray(this._off), p);
        this._off += nread;
        return nread;
    }
    writeByte(n) {
        return this.write(Uint8Array.of(n));
    }
    writeString(s) {
        return this.write(encoders_1.TE.encode(s));
    }
    write(p) {
        const m = this._grow(p.byteLength);
        return copy(p, this._buf, m);
    }
    _grow(n) {
        const m = this.length;
        // If buffer is empty, reset to recover space.
        if (m === 0 && this._off !== 0) {
            this.reset();
        }
        // Fast: Try to _grow by means of a _reslice.
        const i = this._tryGrowByReslice(n);
        if (i >= 0) {
            return i;
        }
        const c = this.capacity;
        if (n <= Math.floor(c / 2) - m) {
            // We can slide things down instead of allocating a new
            // ArrayBuffer. We only need m+n <= c to slide, but
            // we instead let capacity get twice as large so we
            // don't spend all our time copying.
            copy(this._buf.subarray(this._off), this._buf);
        }
        else if (c + n > exports.MAX_SIZE) {
            throw new Error("The buffer cannot be grown beyond the maximum size.");
        }
        else {
            // Not enough space anywhere, we need to allocate.
            const buf = new Uint8Array(Math.min(2 * c + n, exports.MAX_SIZE));
            copy(this._buf.subarray(this._off), buf);
            this._buf = buf;
        }
        // Restore this.off and len(this._buf).
        this._off = 0;
        this._reslice(Math.min(m + n, exports.MAX_SIZE));
        return m;
    }
    grow(n) {
        if (n < 0) {
            throw Error("Buffer._grow: negative count");
        }
        const m = this._grow(n);
        this._reslice(m);
    }
    readFrom(r) {
        let n = 0;
        const tmp = new Uint8Array(MIN_READ);
        while (true) {
            const shouldGrow = this.capacity - this.length < MIN_READ;
            // read into tmp buffer if there's not enough room
            // otherwise read directly into the internal buffer
            const buf = shouldGrow
                ? tmp
                : new Uint8Array(this._buf.buffer, this.length);
            const nread = r.read(buf);
            if (nread === null) {
                return n;
            }
            // write will grow if needed
            if (shouldGrow)
                this.write(buf.subarray(0, nread));
            else
                this._reslice(this.length + nread);
            n += nread;
        }
    }
}
exports.DenoBuffer = DenoBuffer;
function readAll(r) {
    const buf = new DenoBuffer();
    buf.readFrom(r);
    return buf.bytes();
}
function writeAll(w, arr) {
    let nwritten = 0;
    while (nwritten < arr.length) {
        nwritten += w.write(arr.subarray(nwritten));
    }
}
//# sourceMappingURL=denobuffer.js.map

/***/ }),

/***/ 8447:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TD = exports.TE = exports.Empty = void 0;
exports.encode = encode;
exports.decode = decode;
/*
 * Copyright 2020 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
exports.Empty = new Uint8Array(0);
exports.TE = new TextEncoder();
exports.TD = new TextDecoder();
function concat(...bufs) {
    let max = 0;
    for (let i = 0; i < bufs.length; i++) {
        max += bufs[i].length;
    }
    const out = new Uint8Array(max);
    let index = 0;
    for (let i = 0; i < bufs.length; i++) {
        out.set(bufs[i], index);
        index += bufs[i].length;
    }
    return out;
}
function encode(...a) {
    const bufs = [];
    for (let i = 0; i < a.length; i++) {
        bufs.push(exports.TE.encode(a[i]));
    }
    if (bufs.length === 0) {
        return exports.Empty;
    }
    if (bufs.length === 1) {
        return bufs[0];
    }
    return concat(...bufs);
}
function decode(a) {
    if (!a || a.length === 0) {
        return "";
    }
    return exports.TD.decode(a);
}
//# sourceMappingURL=encoders.js.map

/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright 2024 Synadia Communications, Inc
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.errors = exports.PermissionViolationError = exports.NoRespondersError = exports.TimeoutError = exports.RequestError = exports.ProtocolError = exports.ConnectionError = exports.DrainingConnectionError = exports.ClosedConnectionError = exports.AuthorizationError = exports.UserAuthenticationExpiredError = exports.InvalidOperationError = exports.InvalidArgumentError = exports.InvalidSubjectError = void 0;
/**
 * Represents an error that is thrown when an invalid subject is encountered.
 * This class extends the built-in Error object.
 *
 * @class
 * @extends Error
 */
class InvalidSubjectError extends Error {
    constructor(subject, options) {
        super(`illegal subject: '${subject}'`, options);
        this.name = "InvalidSubjectError";
    }
}
exports.InvalidSubjectError = InvalidSubjectError;
class InvalidArgumentError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "InvalidArgumentError";
    }
    static format(property, message, options) {
        if (Array.isArray(message) && message.length > 1) {
            message = message[0];
        }
        if (Array.isArray(property)) {
            property = property.map((n) => `'${n}'`);
            property = property.join(",");
        }
        else {
            property = `'${property}'`;
        }
        return new InvalidArgumentError(`${property} ${message}`, options);
    }
}
exports.InvalidArgumentError = InvalidArgumentError;
/**
 * InvalidOperationError is a custom error class that extends the standard Error object.
 * It represents an error that occurs when an invalid operation is attempted on one of
 * objects returned by the API. For example, trying to iterate on an object that was
 * configured with a callback.
 *
 * @class InvalidOperationError
 * @extends {Error}
 *
 * @param {string} message - The error message that explains the reason for the error.
 * @param {ErrorOptions} [options] - Optional parameter to provide additional error options.
 */
class InvalidOperationError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "InvalidOperationError";
    }
}
exports.InvalidOperationError = InvalidOperationError;
/**
 * Represents an error indicating that user authentication has expired.
 * This error is typically thrown when a user attempts to access a connection
 * but their authentication credentials have expired.
 */
class UserAuthenticationExpiredError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "UserAuthenticationExpiredError";
    }
    static parse(s) {
        const ss = s.toLowerCase();
        if (ss.indexOf("user authentication expired") !== -1) {
            return new UserAuthenticationExpiredError(s);
        }
        return null;
    }
}
exports.UserAuthenticationExpiredError = UserAuthenticationExpiredError;
/**
 * Represents an error related to authorization issues.
 * Note that these could represent an authorization violation,
 * or that the account authentication configuration has expired,
 * or an authentication timeout.
 */
class AuthorizationError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "AuthorizationError";
    }
    static parse(s) {
        const messages = [
            "authorization violation",
            "account authentication expired",
            "authentication timeout",
        ];
        const ss = s.toLowerCase();
        for (let i = 0; i < messages.length; i++) {
            if (ss.indexOf(messages[i]) !== -1) {
                return new AuthorizationError(s);
            }
        }
        return null;
    }
}
exports.AuthorizationError = AuthorizationError;
/**
 * Class representing an error thrown when an operation is attempted on a closed connection.
 *
 * This error is intended to signal that a connection-related operation could not be completed
 * because the connection is no longer open or has been terminated.
 *
 * @class
 * @extends Error
 */
class ClosedConnectionError extends Error {
    constructor() {
        super("closed connection");
        this.name = "ClosedConnectionError";
    }
}
exports.ClosedConnectionError = ClosedConnectionError;
/**
 * The `ConnectionDrainingError` class represents a specific type of error
 * that occurs when a connection is being drained.
 *
 * This error is typically used in scenarios where connections need to be
 * gracefully closed or when they are transitioning to an inactive state.
 *
 * The error message is set to "connection draining" and the error name is
 * overridden to "DrainingConnectionError".
 */
class DrainingConnectionError extends Error {
    constructor() {
        super("connection draining");
        this.name = "DrainingConnectionError";
    }
}
exports.DrainingConnectionError = DrainingConnectionError;
/**
 * Represents an error that occurs when a network connection fails.
 * Extends the built-in Error class to provide additional context for connection-related issues.
 *
 * @param {string} message - A human-readable description of the error.
 * @param {ErrorOptions} [options] - Optional settings for customizing the error behavior.
 */
class ConnectionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "ConnectionError";
    }
}
exports.ConnectionError = ConnectionError;
/**
 * Represents an error encountered during protocol operations.
 * This class extends the built-in `Error` class, providing a specific
 * error type called `ProtocolError`.
 *
 * @param {string} message - A descriptive message describing the error.
 * @param {ErrorOptions} [options] - Optional parameters to include additional details.
 */
class ProtocolError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "ProtocolError";
    }
}
exports.ProtocolError = ProtocolError;
/**
 * Class representing an error that occurs during an request operation
 * (such as TimeoutError, or NoRespondersError, or some other error).
 *
 * @extends Error
 */
class RequestError extends Error {
    constructor(message = "", options) {
        super(message, options);
        this.name = "RequestError";
    }
    isNoResponders() {
        return this.cause instanceof NoRespondersError;
    }
}
exports.RequestError = RequestError;
/**
 * TimeoutError is a custom error class that extends the built-in Error class.
 * It is used to represent an error that occurs when an operation exceeds a
 * predefined time limit.
 *
 * @class
 * @extends {Error}
 */
class TimeoutError extends Error {
    constructor(options) {
        super("timeout", options);
        this.name = "TimeoutError";
    }
}
exports.TimeoutError = TimeoutError;
/**
 * NoRespondersError is an error thrown when no responders (no service is
 * subscribing to the subject) are found for a given subject. This error
 * is typically found as the cause for a RequestError
 *
 * @extends Error
 *
 * @param {string} subject - The subject for which no responders were found.
 * @param {ErrorOptions} [options] - Optional error options.
 */
class NoRespondersError extends Error {
    subject;
    constructor(subject, options) {
        super(`no responders: '${subject}'`, options);
        this.subject = subject;
        this.name = "NoResponders";
    }
}
exports.NoRespondersError = NoRespondersError;
/**
 * Class representing a Permission Violation Error.
 * It provides information about the operation (either "publish" or "subscription")
 * and the subject used for the operation and the optional queue (if a subscription).
 *
 * This error is terminal for a subscription.
 */
class PermissionViolationError extends Error {
    operation;
    subject;
    queue;
    constructor(message, operation, subject, queue, options) {
        super(message, options);
        this.name = "PermissionViolationError";
        this.operation = operation;
        this.subject = subject;
        this.queue = queue;
    }
    static parse(s) {
        const t = s ? s.toLowerCase() : "";
        if (t.indexOf("permissions violation") === -1) {
            return null;
        }
        let operation = "publish";
        let subject = "";
        let queue = undefined;
        const m = s.match(/(Publish|Subscription) to "(\S+)"/);
        if (m) {
            operation = m[1].toLowerCase();
            subject = m[2];
            if (operation === "subscription") {
                const qm = s.match(/using queue "(\S+)"/);
                if (qm) {
                    queue = qm[1];
                }
            }
        }
        return new PermissionViolationError(s, operation, subject, queue);
    }
}
exports.PermissionViolationError = PermissionViolationError;
exports.errors = {
    AuthorizationError,
    ClosedConnectionError,
    ConnectionError,
    DrainingConnectionError,
    InvalidArgumentError,
    InvalidOperationError,
    InvalidSubjectError,
    NoRespondersError,
    PermissionViolationError,
    ProtocolError,
    RequestError,
    TimeoutError,
    UserAuthenticationExpiredError,
};
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 9174:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2020-2023 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MsgHdrsImpl = void 0;
exports.canonicalMIMEHeaderKey = canonicalMIMEHeaderKey;
exports.headers = headers;
// Heavily inspired by Golang's https://golang.org/src/net/http/header.go
const encoders_1 = __nccwpck_require__(8447);
const core_1 = __nccwpck_require__(3629);
const errors_1 = __nccwpck_require__(4805);
// https://www.ietf.org/rfc/rfc822.txt
// 3.1.2.  STRUCTURE OF HEADER FIELDS
//
// Once a field has been unfolded, it may be viewed as being com-
// posed of a field-name followed by a colon (":"), followed by a
// field-body, and  terminated  by  a  carriage-return/line-feed.
// The  field-name must be composed of printable ASCII characters
// (i.e., characters that  have  values  between  33.  and  126.,
// decimal, except colon).  The field-body may be composed of any
// ASCII characters, except CR or LF.  (While CR and/or LF may be
// present  in the actual text, they are removed by the action of
// unfolding the field.)
function canonicalMIMEHeaderKey(k) {
    const a = 97;
    const A = 65;
    const Z = 90;
    const z = 122;
    const dash = 45;
    const colon = 58;
    const start = 33;
    const end = 126;
    const toLower = a - A;
    let upper = true;
    const buf = new Array(k.length);
    for (let i = 0; i < k.length; i++) {
        let c = k.charCodeAt(i);
        if (c === colon || c < start || c > end) {
            throw errors_1.InvalidArgumentError.format("header", `'${k[i]}' is not a valid character in a header name`);
        }
        if (upper && a <= c && c <= z) {
            c -= toLower;
        }
        else if (!upper && A <= c && c <= Z) {
            c += toLower;
        }
        buf[i] = c;
        upper = c == dash;
    }
    return String.fromCharCode(...buf);
}
function headers(code = 0, description = "") {
    if (code === 0 && description !== "") {
        throw errors_1.InvalidArgumentError.format("code", "is required");
    }
    else if (code > 0 && description === "") {
        throw errors_1.InvalidArgumentError.format("description", "is required");
    }
    return new MsgHdrsImpl(code, description);
}
const HEADER = "NATS/1.0";
class MsgHdrsImpl {
    _code;
    headers;
    _description;
    constructor(code = 0, description = "") {
        this._code = code;
        this._description = description;
        this.headers = new Map();
    }
    [Symbol.iterator]() {
        return this.headers.entries();
    }
    size() {
        return this.headers.size;
    }
    equals(mh) {
        if (mh && this.headers.size === mh.headers.size &&
            this._code === mh._code) {
            for (const [k, v] of this.headers) {
                const a = mh.values(k);
                if (v.length !== a.length) {
                    return false;
                }
                const vv = [...v].sort();
                const aa = [...a].sort();
                for (let i = 0; i < vv.length; i++) {
                    if (vv[i] !== aa[i]) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }
    static decode(a) {
        const mh = new MsgHdrsImpl();
        const s = encoders_1.TD.decode(a);
        const lines = s.split("\r\n");
        const h = lines[0];
        if (h !== HEADER) {
            // malformed headers could add extra space without adding a code or description
            let str = h.replace(HEADER, "").trim();
            if (str.length > 0) {
                mh._code = parseInt(str, 10);
                if (isNaN(mh._code)) {
                    mh._code = 0;
                }
                const scode = mh._code.toString();
                str = str.replace(scode, "");
                mh._description = str.trim();
            }
        }
        if (lines.length >= 1) {
            lines.slice(1).map((s) => {
                if (s) {
                    const idx = s.indexOf(":");
                    if (idx > -1) {
                        const k = s.slice(0, idx);
                        const v = s.slice(idx + 1).trim();
                        mh.append(k, v);
                    }
                }
            });
        }
        return mh;
    }
    toString() {
        if (this.headers.size === 0 && this._code === 0) {
            return "";
        }
        let s = HEADER;
        if (this._code > 0 && this._description !== "") {
            s += ` ${this._code} ${this._description}`;
        }
        for (const [k, v] of this.headers) {
            for (let i = 0; i < v.length; i++) {
                s = `${s}\r\n${k}: ${v[i]}`;
            }
        }
        return `${s}\r\n\r\n`;
    }
    encode() {
        return encoders_1.TE.encode(this.toString());
    }
    static validHeaderValue(k) {
        const inv = /[\r\n]/;
        if (inv.test(k)) {
            throw errors_1.InvalidArgumentError.format("header", "values cannot contain \\r or \\n");
        }
        return k.trim();
    }
    keys() {
        const keys = [];
        for (const sk of this.headers.keys()) {
            keys.push(sk);
        }
        return keys;
    }
    findKeys(k, match = core_1.Match.Exact) {
        const keys = this.keys();
        switch (match) {
            case core_1.Match.Exact:
                return keys.filter((v) => {
                    return v === k;
                });
            case core_1.Match.CanonicalMIME:
                k = canonicalMIMEHeaderKey(k);
                return keys.filter((v) => {
                    return v === k;
                });
            default: {
                const lci = k.toLowerCase();
                return keys.filter((v) => {
                    return lci === v.toLowerCase();
                });
            }
        }
    }
    get(k, match = core_1.Match.Exact) {
        const keys = this.findKeys(k, match);
        if (keys.length) {
            const v = this.headers.get(keys[0]);
            if (v) {
                return Array.isArray(v) ? v[0] : v;
            }
        }
        return "";
    }
    last(k, match = core_1.Match.Exact) {
        const keys = this.findKeys(k, match);
        if (keys.length) {
            const v = this.headers.get(keys[0]);
            if (v) {
                return Array.isArray(v) ? v[v.length - 1] : v;
            }
        }
        return "";
    }
    has(k, match = core_1.Match.Exact) {
        return this.findKeys(k, match).length > 0;
    }
    set(k, v, match = core_1.Match.Exact) {
        this.delete(k, match);
        this.append(k, v, match);
    }
    append(k, v, match = core_1.Match.Exact) {
        // validate the key
        const ck = canonicalMIMEHeaderKey(k);
        if (match === core_1.Match.CanonicalMIME) {
            k = ck;
        }
        // if we get non-sensical ignores/etc, we should try
        // to do the right thing and use the first key that matches
        const keys = this.findKeys(k, match);
        k = keys.length > 0 ? keys[0] : k;
        const value = MsgHdrsImpl.validHeaderValue(v);
        let a = this.headers.get(k);
        if (!a) {
            a = [];
            this.headers.set(k, a);
        }
        a.push(value);
    }
    values(k, match = core_1.Match.Exact) {
        const buf = [];
        const keys = this.findKeys(k, match);
        keys.forEach((v) => {
            const values = this.headers.get(v);
            if (values) {
                buf.push(...values);
            }
        });
        return buf;
    }
    delete(k, match = core_1.Match.Exact) {
        const keys = this.findKeys(k, match);
        keys.forEach((v) => {
            this.headers.delete(v);
        });
    }
    get hasError() {
        return this._code >= 300;
    }
    get status() {
        return `${this._code} ${this._description}`.trim();
    }
    toRecord() {
        const data = {};
        this.keys().forEach((v) => {
            data[v] = this.values(v);
        });
        return data;
    }
    get code() {
        return this._code;
    }
    get description() {
        return this._description;
    }
    static fromRecord(r) {
        const h = new MsgHdrsImpl();
        for (const k in r) {
            const v = r[k];
            h.headers.set(k, Array.isArray(v) ? v : [`${v}`]);
        }
        return h;
    }
}
exports.MsgHdrsImpl = MsgHdrsImpl;
//# sourceMappingURL=headers.js.map

/***/ }),

/***/ 8903:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2020-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Heartbeat = void 0;
const util_1 = __nccwpck_require__(1558);
class Heartbeat {
    ph;
    interval;
    maxOut;
    timer;
    pendings;
    constructor(ph, interval, maxOut) {
        this.ph = ph;
        this.interval = interval;
        this.maxOut = maxOut;
        this.pendings = [];
    }
    // api to start the heartbeats, since this can be
    // spuriously called from dial, ensure we don't
    // leak timers
    start() {
        this.cancel();
        this._schedule();
    }
    // api for canceling the heartbeats, if stale is
    // true it will initiate a client disconnect
    cancel(stale) {
        if (this.timer) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
        this._reset();
        if (stale) {
            this.ph.disconnect();
        }
    }
    _schedule() {
        // @ts-ignore: node is not a number - we treat this opaquely
        this.timer = setTimeout(() => {
            this.ph.dispatchStatus({ type: "ping", pendingPings: this.pendings.length + 1 });
            if (this.pendings.length === this.maxOut) {
                this.cancel(true);
                return;
            }
            const ping = (0, util_1.deferred)();
            this.ph.flush(ping)
                .then(() => {
                this._reset();
            })
                .catch(() => {
                // we disconnected - pongs were rejected
                this.cancel();
            });
            this.pendings.push(ping);
            this._schedule();
        }, this.interval);
    }
    _reset() {
        // clear pendings after resolving them
        this.pendings = this.pendings.filter((p) => {
            const d = p;
            d.resolve();
            return false;
        });
    }
}
exports.Heartbeat = Heartbeat;
//# sourceMappingURL=heartbeats.js.map

/***/ }),

/***/ 1143:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright 2022 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IdleHeartbeatMonitor = void 0;
class IdleHeartbeatMonitor {
    interval;
    maxOut;
    cancelAfter;
    timer;
    autoCancelTimer;
    last;
    missed;
    count;
    callback;
    /**
     * Constructor
     * @param interval in millis to check
     * @param cb a callback to report when heartbeats are missed
     * @param opts monitor options @see IdleHeartbeatOptions
     */
    constructor(interval, cb, opts = { maxOut: 2 }) {
        this.interval = interval;
        this.maxOut = opts?.maxOut || 2;
        this.cancelAfter = opts?.cancelAfter || 0;
        this.last = Date.now();
        this.missed = 0;
        this.count = 0;
        this.callback = cb;
        this._schedule();
    }
    /**
     * cancel monitoring
     */
    cancel() {
        if (this.autoCancelTimer) {
            clearTimeout(this.autoCancelTimer);
        }
        if (this.timer) {
            clearInterval(this.timer);
        }
        this.timer = 0;
        this.autoCancelTimer = 0;
        this.missed = 0;
    }
    /**
     * work signals that there was work performed
     */
    work() {
        this.last = Date.now();
        this.missed = 0;
    }
    /**
     * internal api to change the interval, cancelAfter and maxOut
     * @param interval
     * @param cancelAfter
     * @param maxOut
     */
    _change(interval, cancelAfter = 0, maxOut = 2) {
        this.interval = interval;
        this.maxOut = maxOut;
        this.cancelAfter = cancelAfter;
        this.restart();
    }
    /**
     * cancels and restarts the monitoring
     */
    restart() {
        this.cancel();
        this._schedule();
    }
    /**
     * internal api called to start monitoring
     */
    _schedule() {
        if (this.cancelAfter > 0) {
            // @ts-ignore: in node is not a number - we treat this opaquely
            this.autoCancelTimer = setTimeout(() => {
                this.cancel();
            }, this.cancelAfter);
        }
        // @ts-ignore: in node is not a number - we treat this opaquely
        this.timer = setInterval(() => {
            this.count++;
            if ((Date.now() - this.last) > this.interval) {
                this.missed++;
            }
            if (this.missed >= this.maxOut) {
                try {
                    if (this.callback(this.missed) === true) {
                        this.cancel();
                    }
                }
                catch (err) {
                    console.log(err);
                }
            }
        }, this.interval);
    }
}
exports.IdleHeartbeatMonitor = IdleHeartbeatMonitor;
//# sourceMappingURL=idleheartbeat_monitor.js.map

/***/ }),

/***/ 1124:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Copyright 2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Metric = exports.Bench = exports.writeAll = exports.readAll = exports.MAX_SIZE = exports.DenoBuffer = exports.State = exports.Parser = exports.Kind = exports.describe = exports.QueuedIteratorImpl = exports.usernamePasswordAuthenticator = exports.tokenAuthenticator = exports.nkeyAuthenticator = exports.jwtAuthenticator = exports.credsAuthenticator = exports.RequestOne = exports.parseOptions = exports.hasWsProtocol = exports.defaultOptions = exports.DEFAULT_MAX_RECONNECT_ATTEMPTS = exports.checkUnsupportedOption = exports.checkOptions = exports.buildAuthenticator = exports.DataBuffer = exports.MuxSubscription = exports.Heartbeat = exports.MsgHdrsImpl = exports.headers = exports.canonicalMIMEHeaderKey = exports.timeout = exports.SimpleMutex = exports.render = exports.nanos = exports.millis = exports.extend = exports.delay = exports.deferred = exports.deadline = exports.collect = exports.backoff = exports.ProtocolHandler = exports.INFO = exports.Connect = exports.setTransportFactory = exports.getResolveFn = exports.MsgImpl = exports.nuid = exports.Nuid = exports.NatsConnectionImpl = void 0;
exports.UserAuthenticationExpiredError = exports.TimeoutError = exports.RequestError = exports.ProtocolError = exports.PermissionViolationError = exports.NoRespondersError = exports.InvalidSubjectError = exports.InvalidOperationError = exports.InvalidArgumentError = exports.errors = exports.DrainingConnectionError = exports.ConnectionError = exports.ClosedConnectionError = exports.AuthorizationError = exports.wsUrlParseFn = exports.wsconnect = exports.Servers = exports.isIPV4OrHostname = exports.IdleHeartbeatMonitor = exports.Subscriptions = exports.SubscriptionImpl = exports.syncIterator = exports.Match = exports.createInbox = exports.protoLen = exports.extractProtocolMessage = exports.Empty = exports.parseSemVer = exports.Features = exports.Feature = exports.compare = exports.parseIP = exports.isIP = exports.ipV4 = exports.TE = exports.TD = void 0;
var nats_1 = __nccwpck_require__(18);
Object.defineProperty(exports, "NatsConnectionImpl", ({ enumerable: true, get: function () { return nats_1.NatsConnectionImpl; } }));
var nuid_1 = __nccwpck_require__(366);
Object.defineProperty(exports, "Nuid", ({ enumerable: true, get: function () { return nuid_1.Nuid; } }));
Object.defineProperty(exports, "nuid", ({ enumerable: true, get: function () { return nuid_1.nuid; } }));
var msg_1 = __nccwpck_require__(5977);
Object.defineProperty(exports, "MsgImpl", ({ enumerable: true, get: function () { return msg_1.MsgImpl; } }));
var transport_1 = __nccwpck_require__(6793);
Object.defineProperty(exports, "getResolveFn", ({ enumerable: true, get: function () { return transport_1.getResolveFn; } }));
Object.defineProperty(exports, "setTransportFactory", ({ enumerable: true, get: function () { return transport_1.setTransportFactory; } }));
var protocol_1 = __nccwpck_require__(7210);
Object.defineProperty(exports, "Connect", ({ enumerable: true, get: function () { return protocol_1.Connect; } }));
Object.defineProperty(exports, "INFO", ({ enumerable: true, get: function () { return protocol_1.INFO; } }));
Object.defineProperty(exports, "ProtocolHandler", ({ enumerable: true, get: function () { return protocol_1.ProtocolHandler; } }));
var util_1 = __nccwpck_require__(1558);
Object.defineProperty(exports, "backoff", ({ enumerable: true, get: function () { return util_1.backoff; } }));
Object.defineProperty(exports, "collect", ({ enumerable: true, get: function () { return util_1.collect; } }));
Object.defineProperty(exports, "deadline", ({ enumerable: true, get: function () { return util_1.deadline; } }));
Object.defineProperty(exports, "deferred", ({ enumerable: true, get: function () { return util_1.deferred; } }));
Object.defineProperty(exports, "delay", ({ enumerable: true, get: function () { return util_1.delay; } }));
Object.defineProperty(exports, "extend", ({ enumerable: true, get: function () { return util_1.extend; } }));
Object.defineProperty(exports, "millis", ({ enumerable: true, get: function () { return util_1.millis; } }));
Object.defineProperty(exports, "nanos", ({ enumerable: true, get: function () { return util_1.nanos; } }));
Object.defineProperty(exports, "render", ({ enumerable: true, get: function () { return util_1.render; } }));
Object.defineProperty(exports, "SimpleMutex", ({ enumerable: true, get: function () { return util_1.SimpleMutex; } }));
Object.defineProperty(exports, "timeout", ({ enumerable: true, get: function () { return util_1.timeout; } }));
var headers_1 = __nccwpck_require__(9174);
Object.defineProperty(exports, "canonicalMIMEHeaderKey", ({ enumerable: true, get: function () { return headers_1.canonicalMIMEHeaderKey; } }));
Object.defineProperty(exports, "headers", ({ enumerable: true, get: function () { return headers_1.headers; } }));
Object.defineProperty(exports, "MsgHdrsImpl", ({ enumerable: true, get: function () { return headers_1.MsgHdrsImpl; } }));
var heartbeats_1 = __nccwpck_require__(8903);
Object.defineProperty(exports, "Heartbeat", ({ enumerable: true, get: function () { return heartbeats_1.Heartbeat; } }));
var muxsubscription_1 = __nccwpck_require__(6151);
Object.defineProperty(exports, "MuxSubscription", ({ enumerable: true, get: function () { return muxsubscription_1.MuxSubscription; } }));
var databuffer_1 = __nccwpck_require__(3748);
Object.defineProperty(exports, "DataBuffer", ({ enumerable: true, get: function () { return databuffer_1.DataBuffer; } }));
var options_1 = __nccwpck_require__(7450);
Object.defineProperty(exports, "buildAuthenticator", ({ enumerable: true, get: function () { return options_1.buildAuthenticator; } }));
Object.defineProperty(exports, "checkOptions", ({ enumerable: true, get: function () { return options_1.checkOptions; } }));
Object.defineProperty(exports, "checkUnsupportedOption", ({ enumerable: true, get: function () { return options_1.checkUnsupportedOption; } }));
Object.defineProperty(exports, "DEFAULT_MAX_RECONNECT_ATTEMPTS", ({ enumerable: true, get: function () { return options_1.DEFAULT_MAX_RECONNECT_ATTEMPTS; } }));
Object.defineProperty(exports, "defaultOptions", ({ enumerable: true, get: function () { return options_1.defaultOptions; } }));
Object.defineProperty(exports, "hasWsProtocol", ({ enumerable: true, get: function () { return options_1.hasWsProtocol; } }));
Object.defineProperty(exports, "parseOptions", ({ enumerable: true, get: function () { return options_1.parseOptions; } }));
var request_1 = __nccwpck_require__(6089);
Object.defineProperty(exports, "RequestOne", ({ enumerable: true, get: function () { return request_1.RequestOne; } }));
var authenticator_1 = __nccwpck_require__(1531);
Object.defineProperty(exports, "credsAuthenticator", ({ enumerable: true, get: function () { return authenticator_1.credsAuthenticator; } }));
Object.defineProperty(exports, "jwtAuthenticator", ({ enumerable: true, get: function () { return authenticator_1.jwtAuthenticator; } }));
Object.defineProperty(exports, "nkeyAuthenticator", ({ enumerable: true, get: function () { return authenticator_1.nkeyAuthenticator; } }));
Object.defineProperty(exports, "tokenAuthenticator", ({ enumerable: true, get: function () { return authenticator_1.tokenAuthenticator; } }));
Object.defineProperty(exports, "usernamePasswordAuthenticator", ({ enumerable: true, get: function () { return authenticator_1.usernamePasswordAuthenticator; } }));
__exportStar(__nccwpck_require__(4046), exports);
var queued_iterator_1 = __nccwpck_require__(948);
Object.defineProperty(exports, "QueuedIteratorImpl", ({ enumerable: true, get: function () { return queued_iterator_1.QueuedIteratorImpl; } }));
var parser_1 = __nccwpck_require__(4481);
Object.defineProperty(exports, "describe", ({ enumerable: true, get: function () { return parser_1.describe; } }));
Object.defineProperty(exports, "Kind", ({ enumerable: true, get: function () { return parser_1.Kind; } }));
Object.defineProperty(exports, "Parser", ({ enumerable: true, get: function () { return parser_1.Parser; } }));
Object.defineProperty(exports, "State", ({ enumerable: true, get: function () { return parser_1.State; } }));
var denobuffer_1 = __nccwpck_require__(2248);
Object.defineProperty(exports, "DenoBuffer", ({ enumerable: true, get: function () { return denobuffer_1.DenoBuffer; } }));
Object.defineProperty(exports, "MAX_SIZE", ({ enumerable: true, get: function () { return denobuffer_1.MAX_SIZE; } }));
Object.defineProperty(exports, "readAll", ({ enumerable: true, get: function () { return denobuffer_1.readAll; } }));
Object.defineProperty(exports, "writeAll", ({ enumerable: true, get: function () { return denobuffer_1.writeAll; } }));
var bench_1 = __nccwpck_require__(7734);
Object.defineProperty(exports, "Bench", ({ enumerable: true, get: function () { return bench_1.Bench; } }));
Object.defineProperty(exports, "Metric", ({ enumerable: true, get: function () { return bench_1.Metric; } }));
var encoders_1 = __nccwpck_require__(8447);
Object.defineProperty(exports, "TD", ({ enumerable: true, get: function () { return encoders_1.TD; } }));
Object.defineProperty(exports, "TE", ({ enumerable: true, get: function () { return encoders_1.TE; } }));
var ipparser_1 = __nccwpck_require__(4084);
Object.defineProperty(exports, "ipV4", ({ enumerable: true, get: function () { return ipparser_1.ipV4; } }));
Object.defineProperty(exports, "isIP", ({ enumerable: true, get: function () { return ipparser_1.isIP; } }));
Object.defineProperty(exports, "parseIP", ({ enumerable: true, get: function () { return ipparser_1.parseIP; } }));
var semver_1 = __nccwpck_require__(1938);
Object.defineProperty(exports, "compare", ({ enumerable: true, get: function () { return semver_1.compare; } }));
Object.defineProperty(exports, "Feature", ({ enumerable: true, get: function () { return semver_1.Feature; } }));
Object.defineProperty(exports, "Features", ({ enumerable: true, get: function () { return semver_1.Features; } }));
Object.defineProperty(exports, "parseSemVer", ({ enumerable: true, get: function () { return semver_1.parseSemVer; } }));
var types_1 = __nccwpck_require__(9761);
Object.defineProperty(exports, "Empty", ({ enumerable: true, get: function () { return types_1.Empty; } }));
var transport_2 = __nccwpck_require__(6793);
Object.defineProperty(exports, "extractProtocolMessage", ({ enumerable: true, get: function () { return transport_2.extractProtocolMessage; } }));
Object.defineProperty(exports, "protoLen", ({ enumerable: true, get: function () { return transport_2.protoLen; } }));
var core_1 = __nccwpck_require__(3629);
Object.defineProperty(exports, "createInbox", ({ enumerable: true, get: function () { return core_1.createInbox; } }));
Object.defineProperty(exports, "Match", ({ enumerable: true, get: function () { return core_1.Match; } }));
Object.defineProperty(exports, "syncIterator", ({ enumerable: true, get: function () { return core_1.syncIterator; } }));
var protocol_2 = __nccwpck_require__(7210);
Object.defineProperty(exports, "SubscriptionImpl", ({ enumerable: true, get: function () { return protocol_2.SubscriptionImpl; } }));
Object.defineProperty(exports, "Subscriptions", ({ enumerable: true, get: function () { return protocol_2.Subscriptions; } }));
var idleheartbeat_monitor_1 = __nccwpck_require__(1143);
Object.defineProperty(exports, "IdleHeartbeatMonitor", ({ enumerable: true, get: function () { return idleheartbeat_monitor_1.IdleHeartbeatMonitor; } }));
var servers_1 = __nccwpck_require__(6044);
Object.defineProperty(exports, "isIPV4OrHostname", ({ enumerable: true, get: function () { return servers_1.isIPV4OrHostname; } }));
Object.defineProperty(exports, "Servers", ({ enumerable: true, get: function () { return servers_1.Servers; } }));
var ws_transport_1 = __nccwpck_require__(3050);
Object.defineProperty(exports, "wsconnect", ({ enumerable: true, get: function () { return ws_transport_1.wsconnect; } }));
Object.defineProperty(exports, "wsUrlParseFn", ({ enumerable: true, get: function () { return ws_transport_1.wsUrlParseFn; } }));
var errors_1 = __nccwpck_require__(4805);
Object.defineProperty(exports, "AuthorizationError", ({ enumerable: true, get: function () { return errors_1.AuthorizationError; } }));
Object.defineProperty(exports, "ClosedConnectionError", ({ enumerable: true, get: function () { return errors_1.ClosedConnectionError; } }));
Object.defineProperty(exports, "ConnectionError", ({ enumerable: true, get: function () { return errors_1.ConnectionError; } }));
Object.defineProperty(exports, "DrainingConnectionError", ({ enumerable: true, get: function () { return errors_1.DrainingConnectionError; } }));
Object.defineProperty(exports, "errors", ({ enumerable: true, get: function () { return errors_1.errors; } }));
Object.defineProperty(exports, "InvalidArgumentError", ({ enumerable: true, get: function () { return errors_1.InvalidArgumentError; } }));
Object.defineProperty(exports, "InvalidOperationError", ({ enumerable: true, get: function () { return errors_1.InvalidOperationError; } }));
Object.defineProperty(exports, "InvalidSubjectError", ({ enumerable: true, get: function () { return errors_1.InvalidSubjectError; } }));
Object.defineProperty(exports, "NoRespondersError", ({ enumerable: true, get: function () { return errors_1.NoRespondersError; } }));
Object.defineProperty(exports, "PermissionViolationError", ({ enumerable: true, get: function () { return errors_1.PermissionViolationError; } }));
Object.defineProperty(exports, "ProtocolError", ({ enumerable: true, get: function () { return errors_1.ProtocolError; } }));
Object.defineProperty(exports, "RequestError", ({ enumerable: true, get: function () { return errors_1.RequestError; } }));
Object.defineProperty(exports, "TimeoutError", ({ enumerable: true, get: function () { return errors_1.TimeoutError; } }));
Object.defineProperty(exports, "UserAuthenticationExpiredError", ({ enumerable: true, get: function () { return errors_1.UserAuthenticationExpiredError; } }));
//# sourceMappingURL=internal_mod.js.map

/***/ }),

/***/ 4084:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright 2020-2021 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ipV4 = ipV4;
exports.isIP = isIP;
exports.parseIP = parseIP;
// JavaScript port of go net/ip/ParseIP
// https://github.com/golang/go/blob/master/src/net/ip.go
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
const IPv4LEN = 4;
const IPv6LEN = 16;
const ASCII0 = 48;
const ASCII9 = 57;
const ASCIIA = 65;
const ASCIIF = 70;
const ASCIIa = 97;
const ASCIIf = 102;
const big = 0xFFFFFF;
function ipV4(a, b, c, d) {
    const ip = new Uint8Array(IPv6LEN);
    const prefix = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];
    prefix.forEach((v, idx) => {
        ip[idx] = v;
    });
    ip[12] = a;
    ip[13] = b;
    ip[14] = c;
    ip[15] = d;
    return ip;
}
function isIP(h) {
    return parseIP(h) !== undefined;
}
function parseIP(h) {
    for (let i = 0; i < h.length; i++) {
        switch (h[i]) {
            case ".":
                return parseIPv4(h);
            case ":":
                return parseIPv6(h);
        }
    }
    return;
}
function parseIPv4(s) {
    const ip = new Uint8Array(IPv4LEN);
    for (let i = 0; i < IPv4LEN; i++) {
        if (s.length === 0) {
            return undefined;
        }
        if (i > 0) {
            if (s[0] !== ".") {
                return undefined;
            }
            s = s.substring(1);
        }
        const { n, c, ok } = dtoi(s);
        if (!ok || n > 0xFF) {
            return undefined;
        }
        s = s.substring(c);
        ip[i] = n;
    }
    return ipV4(ip[0], ip[1], ip[2], ip[3]);
}
function parseIPv6(s) {
    const ip = new Uint8Array(IPv6LEN);
    let ellipsis = -1;
    if (s.length >= 2 && s[0] === ":" && s[1] === ":") {
        ellipsis = 0;
        s = s.substring(2);
        if (s.length === 0) {
            return ip;
        }
    }
    let i = 0;
    while (i < IPv6LEN) {
        const { n, c, ok } = xtoi(s);
        if (!ok || n > 0xFFFF) {
            return undefined;
        }
        if (c < s.length && s[c] === ".") {
            if (ellipsis < 0 && i != IPv6LEN - IPv4LEN) {
                return undefined;
            }
            if (i + IPv4LEN > IPv6LEN) {
                return undefined;
            }
            const ip4 = parseIPv4(s);
            if (ip4 === undefined) {
                return undefined;
            }
            ip[i] = ip4[12];
            ip[i + 1] = ip4[13];
            ip[i + 2] = ip4[14];
            ip[i + 3] = ip4[15];
            s = "";
            i += IPv4LEN;
            break;
        }
        ip[i] = n >> 8;
        ip[i + 1] = n;
        i += 2;
        s = s.substring(c);
        if (s.length === 0) {
            break;
        }
        if (s[0] !== ":" || s.length == 1) {
            return undefined;
        }
        s = s.substring(1);
        if (s[0] === ":") {
            if (ellipsis >= 0) {
                return undefined;
            }
            ellipsis = i;
            s = s.substring(1);
            if (s.length === 0) {
                break;
            }
        }
    }
    if (s.length !== 0) {
        return undefined;
    }
    if (i < IPv6LEN) {
        if (ellipsis < 0) {
            return undefined;
        }
        const n = IPv6LEN - i;
        for (let j = i - 1; j >= ellipsis; j--) {
            ip[j + n] = ip[j];
        }
        for (let j = ellipsis + n - 1; j >= ellipsis; j--) {
            ip[j] = 0;
        }
    }
    else if (ellipsis >= 0) {
        return undefined;
    }
    return ip;
}
function dtoi(s) {
    let i = 0;
    let n = 0;
    for (i = 0; i < s.length && ASCII0 <= s.charCodeAt(i) && s.charCodeAt(i) <= ASCII9; i++) {
        n = n * 10 + (s.charCodeAt(i) - ASCII0);
        if (n >= big) {
            return { n: big, c: i, ok: false };
        }
    }
    if (i === 0) {
        return { n: 0, c: 0, ok: false };
    }
    return { n: n, c: i, ok: true };
}
function xtoi(s) {
    let n = 0;
    let i = 0;
    for (i = 0; i < s.length; i++) {
        if (ASCII0 <= s.charCodeAt(i) && s.charCodeAt(i) <= ASCII9) {
            n *= 16;
            n += s.charCodeAt(i) - ASCII0;
        }
        else if (ASCIIa <= s.charCodeAt(i) && s.charCodeAt(i) <= ASCIIf) {
            n *= 16;
            n += (s.charCodeAt(i) - ASCIIa) + 10;
        }
        else if (ASCIIA <= s.charCodeAt(i) && s.charCodeAt(i) <= ASCIIF) {
            n *= 16;
            n += (s.charCodeAt(i) - ASCIIA) + 10;
        }
        else {
            break;
        }
        if (n >= big) {
            return { n: 0, c: i, ok: false };
        }
    }
    if (i === 0) {
        return { n: 0, c: i, ok: false };
    }
    return { n: n, c: i, ok: true };
}
//# sourceMappingURL=ipparser.js.map

/***/ }),

/***/ 7516:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.wsconnect = exports.usernamePasswordAuthenticator = exports.UserAuthenticationExpiredError = exports.tokenAuthenticator = exports.TimeoutError = exports.syncIterator = exports.RequestError = exports.ProtocolError = exports.PermissionViolationError = exports.nuid = exports.Nuid = exports.NoRespondersError = exports.nkeys = exports.nkeyAuthenticator = exports.nanos = exports.MsgHdrsImpl = exports.millis = exports.Metric = exports.Match = exports.jwtAuthenticator = exports.InvalidSubjectError = exports.InvalidOperationError = exports.InvalidArgumentError = exports.headers = exports.hasWsProtocol = exports.errors = exports.Empty = exports.DrainingConnectionError = exports.delay = exports.deferred = exports.deadline = exports.credsAuthenticator = exports.createInbox = exports.ConnectionError = exports.ClosedConnectionError = exports.canonicalMIMEHeaderKey = exports.buildAuthenticator = exports.Bench = exports.backoff = exports.AuthorizationError = void 0;
var internal_mod_1 = __nccwpck_require__(1124);
Object.defineProperty(exports, "AuthorizationError", ({ enumerable: true, get: function () { return internal_mod_1.AuthorizationError; } }));
Object.defineProperty(exports, "backoff", ({ enumerable: true, get: function () { return internal_mod_1.backoff; } }));
Object.defineProperty(exports, "Bench", ({ enumerable: true, get: function () { return internal_mod_1.Bench; } }));
Object.defineProperty(exports, "buildAuthenticator", ({ enumerable: true, get: function () { return internal_mod_1.buildAuthenticator; } }));
Object.defineProperty(exports, "canonicalMIMEHeaderKey", ({ enumerable: true, get: function () { return internal_mod_1.canonicalMIMEHeaderKey; } }));
Object.defineProperty(exports, "ClosedConnectionError", ({ enumerable: true, get: function () { return internal_mod_1.ClosedConnectionError; } }));
Object.defineProperty(exports, "ConnectionError", ({ enumerable: true, get: function () { return internal_mod_1.ConnectionError; } }));
Object.defineProperty(exports, "createInbox", ({ enumerable: true, get: function () { return internal_mod_1.createInbox; } }));
Object.defineProperty(exports, "credsAuthenticator", ({ enumerable: true, get: function () { return internal_mod_1.credsAuthenticator; } }));
Object.defineProperty(exports, "deadline", ({ enumerable: true, get: function () { return internal_mod_1.deadline; } }));
Object.defineProperty(exports, "deferred", ({ enumerable: true, get: function () { return internal_mod_1.deferred; } }));
Object.defineProperty(exports, "delay", ({ enumerable: true, get: function () { return internal_mod_1.delay; } }));
Object.defineProperty(exports, "DrainingConnectionError", ({ enumerable: true, get: function () { return internal_mod_1.DrainingConnectionError; } }));
Object.defineProperty(exports, "Empty", ({ enumerable: true, get: function () { return internal_mod_1.Empty; } }));
Object.defineProperty(exports, "errors", ({ enumerable: true, get: function () { return internal_mod_1.errors; } }));
Object.defineProperty(exports, "hasWsProtocol", ({ enumerable: true, get: function () { return internal_mod_1.hasWsProtocol; } }));
Object.defineProperty(exports, "headers", ({ enumerable: true, get: function () { return internal_mod_1.headers; } }));
Object.defineProperty(exports, "InvalidArgumentError", ({ enumerable: true, get: function () { return internal_mod_1.InvalidArgumentError; } }));
Object.defineProperty(exports, "InvalidOperationError", ({ enumerable: true, get: function () { return internal_mod_1.InvalidOperationError; } }));
Object.defineProperty(exports, "InvalidSubjectError", ({ enumerable: true, get: function () { return internal_mod_1.InvalidSubjectError; } }));
Object.defineProperty(exports, "jwtAuthenticator", ({ enumerable: true, get: function () { return internal_mod_1.jwtAuthenticator; } }));
Object.defineProperty(exports, "Match", ({ enumerable: true, get: function () { return internal_mod_1.Match; } }));
Object.defineProperty(exports, "Metric", ({ enumerable: true, get: function () { return internal_mod_1.Metric; } }));
Object.defineProperty(exports, "millis", ({ enumerable: true, get: function () { return internal_mod_1.millis; } }));
Object.defineProperty(exports, "MsgHdrsImpl", ({ enumerable: true, get: function () { return internal_mod_1.MsgHdrsImpl; } }));
Object.defineProperty(exports, "nanos", ({ enumerable: true, get: function () { return internal_mod_1.nanos; } }));
Object.defineProperty(exports, "nkeyAuthenticator", ({ enumerable: true, get: function () { return internal_mod_1.nkeyAuthenticator; } }));
Object.defineProperty(exports, "nkeys", ({ enumerable: true, get: function () { return internal_mod_1.nkeys; } }));
Object.defineProperty(exports, "NoRespondersError", ({ enumerable: true, get: function () { return internal_mod_1.NoRespondersError; } }));
Object.defineProperty(exports, "Nuid", ({ enumerable: true, get: function () { return internal_mod_1.Nuid; } }));
Object.defineProperty(exports, "nuid", ({ enumerable: true, get: function () { return internal_mod_1.nuid; } }));
Object.defineProperty(exports, "PermissionViolationError", ({ enumerable: true, get: function () { return internal_mod_1.PermissionViolationError; } }));
Object.defineProperty(exports, "ProtocolError", ({ enumerable: true, get: function () { return internal_mod_1.ProtocolError; } }));
Object.defineProperty(exports, "RequestError", ({ enumerable: true, get: function () { return internal_mod_1.RequestError; } }));
Object.defineProperty(exports, "syncIterator", ({ enumerable: true, get: function () { return internal_mod_1.syncIterator; } }));
Object.defineProperty(exports, "TimeoutError", ({ enumerable: true, get: function () { return internal_mod_1.TimeoutError; } }));
Object.defineProperty(exports, "tokenAuthenticator", ({ enumerable: true, get: function () { return internal_mod_1.tokenAuthenticator; } }));
Object.defineProperty(exports, "UserAuthenticationExpiredError", ({ enumerable: true, get: function () { return internal_mod_1.UserAuthenticationExpiredError; } }));
Object.defineProperty(exports, "usernamePasswordAuthenticator", ({ enumerable: true, get: function () { return internal_mod_1.usernamePasswordAuthenticator; } }));
Object.defineProperty(exports, "wsconnect", ({ enumerable: true, get: function () { return internal_mod_1.wsconnect; } }));
//# sourceMappingURL=mod.js.map

/***/ }),

/***/ 5977:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MsgImpl = void 0;
/*
 * Copyright 2020-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const headers_1 = __nccwpck_require__(9174);
const encoders_1 = __nccwpck_require__(8447);
class MsgImpl {
    _headers;
    _msg;
    _rdata;
    _reply;
    _subject;
    publisher;
    constructor(msg, data, publisher) {
        this._msg = msg;
        this._rdata = data;
        this.publisher = publisher;
    }
    get subject() {
        if (this._subject) {
            return this._subject;
        }
        this._subject = encoders_1.TD.decode(this._msg.subject);
        return this._subject;
    }
    get reply() {
        if (this._reply) {
            return this._reply;
        }
        this._reply = encoders_1.TD.decode(this._msg.reply);
        return this._reply;
    }
    get sid() {
        return this._msg.sid;
    }
    get headers() {
        if (this._msg.hdr > -1 && !this._headers) {
            const buf = this._rdata.subarray(0, this._msg.hdr);
            this._headers = headers_1.MsgHdrsImpl.decode(buf);
        }
        return this._headers;
    }
    get data() {
        if (!this._rdata) {
            return new Uint8Array(0);
        }
        return this._msg.hdr > -1
            ? this._rdata.subarray(this._msg.hdr)
            : this._rdata;
    }
    // eslint-ignore-next-line @typescript-eslint/no-explicit-any
    respond(data = encoders_1.Empty, opts) {
        if (this.reply) {
            this.publisher.publish(this.reply, data, opts);
            return true;
        }
        return false;
    }
    size() {
        const subj = this._msg.subject.length;
        const reply = this._msg.reply?.length || 0;
        const payloadAndHeaders = this._msg.size === -1 ? 0 : this._msg.size;
        return subj + reply + payloadAndHeaders;
    }
    json(reviver) {
        return JSON.parse(this.string(), reviver);
    }
    string() {
        return encoders_1.TD.decode(this.data);
    }
    requestInfo() {
        const v = this.headers?.get("Nats-Request-Info");
        if (v) {
            return JSON.parse(v, function (key, value) {
                if ((key === "start" || key === "stop") && value !== "") {
                    return new Date(Date.parse(value));
                }
                return value;
            });
        }
        return null;
    }
}
exports.MsgImpl = MsgImpl;
//# sourceMappingURL=msg.js.map

/***/ }),

/***/ 6151:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MuxSubscription = void 0;
const core_1 = __nccwpck_require__(3629);
const errors_1 = __nccwpck_require__(4805);
class MuxSubscription {
    baseInbox;
    reqs;
    constructor() {
        this.reqs = new Map();
    }
    size() {
        return this.reqs.size;
    }
    init(prefix) {
        this.baseInbox = `${(0, core_1.createInbox)(prefix)}.`;
        return this.baseInbox;
    }
    add(r) {
        if (!isNaN(r.received)) {
            r.received = 0;
        }
        this.reqs.set(r.token, r);
    }
    get(token) {
        return this.reqs.get(token);
    }
    cancel(r) {
        this.reqs.delete(r.token);
    }
    getToken(m) {
        const s = m.subject || "";
        if (s.indexOf(this.baseInbox) === 0) {
            return s.substring(this.baseInbox.length);
        }
        return null;
    }
    all() {
        return Array.from(this.reqs.values());
    }
    handleError(isMuxPermissionError, err) {
        if (isMuxPermissionError) {
            // one or more requests queued but mux cannot process them
            this.all().forEach((r) => {
                r.resolver(err, {});
            });
            return true;
        }
        if (err.operation === "publish") {
            const req = this.all().find((s) => {
                return s.requestSubject === err.subject;
            });
            if (req) {
                req.resolver(err, {});
                return true;
            }
        }
        return false;
    }
    dispatcher() {
        return (err, m) => {
            const token = this.getToken(m);
            if (token) {
                const r = this.get(token);
                if (r) {
                    if (err === null) {
                        err = (m?.data?.length === 0 && m.headers?.code === 503)
                            ? new errors_1.NoRespondersError(r.requestSubject)
                            : null;
                    }
                    r.resolver(err, m);
                }
            }
        };
    }
    close() {
        const err = new errors_1.RequestError("connection closed");
        this.reqs.forEach((req) => {
            req.resolver(err, {});
        });
    }
}
exports.MuxSubscription = MuxSubscription;
//# sourceMappingURL=muxsubscription.js.map

/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2018-2023 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NatsConnectionImpl = void 0;
const util_1 = __nccwpck_require__(1558);
const protocol_1 = __nccwpck_require__(7210);
const encoders_1 = __nccwpck_require__(8447);
const headers_1 = __nccwpck_require__(9174);
const semver_1 = __nccwpck_require__(1938);
const options_1 = __nccwpck_require__(7450);
const queued_iterator_1 = __nccwpck_require__(948);
const request_1 = __nccwpck_require__(6089);
const core_1 = __nccwpck_require__(3629);
const errors_1 = __nccwpck_require__(4805);
const whitespaceRegex = /[ \n\r\t]/;
class NatsConnectionImpl {
    options;
    protocol;
    draining;
    closeListeners;
    constructor(opts) {
        this.draining = false;
        this.options = (0, options_1.parseOptions)(opts);
    }
    static connect(opts = {}) {
        return new Promise((resolve, reject) => {
            const nc = new NatsConnectionImpl(opts);
            protocol_1.ProtocolHandler.connect(nc.options, nc)
                .then((ph) => {
                nc.protocol = ph;
                resolve(nc);
            })
                .catch((err) => {
                reject(err);
            });
        });
    }
    closed() {
        return this.protocol.closed;
    }
    async close() {
        await this.protocol.close();
    }
    _check(subject, sub, pub) {
        if (this.isClosed()) {
            throw new errors_1.errors.ClosedConnectionError();
        }
        if (sub && this.isDraining()) {
            throw new errors_1.errors.DrainingConnectionError();
        }
        if (pub && this.protocol.noMorePublishing) {
            throw new errors_1.errors.DrainingConnectionError();
        }
        subject = subject || "";
        if (subject.length === 0 || whitespaceRegex.test(subject)) {
            throw new errors_1.errors.InvalidSubjectError(subject);
        }
    }
    publish(subject, data, options) {
        this._check(subject, false, true);
        if (options?.reply) {
            this._check(options.reply, false, true);
        }
        if (typeof options?.traceOnly === "boolean") {
            const hdrs = options.headers || (0, headers_1.headers)();
            hdrs.set("Nats-Trace-Only", "true");
            options.headers = hdrs;
        }
        if (typeof options?.traceDestination === "string") {
            const hdrs = options.headers || (0, headers_1.headers)();
            hdrs.set("Nats-Trace-Dest", options.traceDestination);
            options.headers = hdrs;
        }
        this.protocol.publish(subject, data, options);
    }
    publishMessage(msg) {
        return this.publish(msg.subject, msg.data, {
            reply: msg.reply,
            headers: msg.headers,
        });
    }
    respondMessage(msg) {
        if (msg.reply) {
            this.publish(msg.reply, msg.data, {
                reply: msg.reply,
                headers: msg.headers,
            });
            return true;
        }
        return false;
    }
    subscribe(subject, opts = {}) {
        this._check(subject, true, false);
        const sub = new protocol_1.SubscriptionImpl(this.protocol, subject, opts);
        if (typeof opts.callback !== "function" && typeof opts.slow === "number") {
            sub.setSlowNotificationFn(opts.slow, (pending) => {
                this.protocol.dispatchStatus({
                    type: "slowConsumer",
                    sub,
                    pending,
                });
            });
        }
        this.protocol.subscribe(sub);
        return sub;
    }
    _resub(s, subject, max) {
        this._check(subject, true, false);
        const si = s;
        // FIXME: need way of understanding a callbacks processed
        //   count without it, we cannot really do much - ie
        //   for rejected messages, the count would be lower, etc.
        //   To handle cases were for example KV is building a map
        //   the consumer would say how many messages we need to do
        //   a proper build before we can handle updates.
        si.max = max; // this might clear it
        if (max) {
            // we cannot auto-unsub, because we don't know the
            // number of messages we processed vs received
            // allow the auto-unsub on processMsg to work if they
            // we were called with a new max
            si.max = max + si.received;
        }
        this.protocol.resub(si, subject);
    }
    // possibilities are:
    // stop on error or any non-100 status
    // AND:
    // - wait for timer
    // - wait for n messages or timer
    // - wait for unknown messages, done when empty or reset timer expires (with possible alt wait)
    // - wait for unknown messages, done when an empty payload is received or timer expires (with possible alt wait)
    requestMany(subject, data = encoders_1.Empty, opts = { maxWait: 1000, maxMessages: -1 }) {
        const asyncTraces = !(this.protocol.options.noAsyncTraces || false);
        try {
            this._check(subject, true, true);
        }
        catch (err) {
            return Promise.reject(err);
        }
        opts.strategy = opts.strategy || "timer";
        opts.maxWait = opts.maxWait || 1000;
        if (opts.maxWait < 1) {
            return Promise.reject(errors_1.InvalidArgumentError.format("timeout", "must be greater than 0"));
        }
        // the iterator for user results
        const qi = new queued_iterator_1.QueuedIteratorImpl();
        function stop(err) {
            qi.push(() => {
                qi.stop(err);
            });
        }
        // callback for the subscription or the mux handler
        // simply pushes errors and messages into the iterator
        function callback(err, msg) {
            if (err || msg === null) {
                stop(err === null ? undefined : err);
            }
            else {
                qi.push(msg);
            }
        }
        if (opts.noMux) {
            // we setup a subscription and manage it
            const stack = asyncTraces ? new Error().stack : null;
            let max = typeof opts.maxMessages === "number" && opts.maxMessages > 0
                ? opts.maxMessages
                : -1;
            const sub = this.subscribe((0, core_1.createInbox)(this.options.inboxPrefix), {
                callback: (err, msg) => {
                    // we only expect runtime errors or a no responders
                    if (msg?.data?.length === 0 &&
                        msg?.headers?.status === "503") {
                        err = new errors_1.errors.NoRespondersError(subject);
                    }
                    // augment any error with the current stack to provide context
                    // for the error in the user code
                    if (err) {
                        if (stack) {
                            err.stack += `\n\n${stack}`;
                        }
                        cancel(err);
                        return;
                    }
                    // push the message
                    callback(null, msg);
                    // see if the m request is completed
                    if (opts.strategy === "count") {
                        max--;
                        if (max === 0) {
                            cancel();
                        }
                    }
                    if (opts.strategy === "stall") {
                        clearTimers();
                        timer = setTimeout(() => {
                            cancel();
                        }, 300);
                    }
                    if (opts.strategy === "sentinel") {
                        if (msg && msg.data.length === 0) {
                            cancel();
                        }
                    }
                },
            });
            sub.requestSubject = subject;
            sub.closed
                .then(() => {
                stop();
            })
                .catch((err) => {
                qi.stop(err);
            });
            const cancel = (err) => {
                if (err) {
                    qi.push(() => {
                        throw err;
                    });
                }
                clearTimers();
                sub.drain()
                    .then(() => {
                    stop();
                })
                    .catch((_err) => {
                    stop();
                });
            };
            qi.iterClosed
                .then(() => {
                clearTimers();
                sub?.unsubscribe();
            })
                .catch((_err) => {
                clearTimers();
                sub?.unsubscribe();
            });
            const { headers, traceDestination, traceOnly } = opts;
            try {
                this.publish(subject, data, {
                    reply: sub.getSubject(),
                    headers,
                    traceDestination,
                    traceOnly,
                });
            }
            catch (err) {
                cancel(err);
            }
            let timer = setTimeout(() => {
                cancel();
            }, opts.maxWait);
            const clearTimers = () => {
                if (timer) {
                    clearTimeout(timer);
                }
            };
        }
        else {
            // the ingestion is the RequestMany
            const rmo = opts;
            rmo.callback = callback;
            qi.iterClosed.then(() => {
                r.cancel();
            }).catch((err) => {
                r.cancel(err);
            });
            const r = new request_1.RequestMany(this.protocol.muxSubscriptions, subject, rmo);
            this.protocol.request(r);
            const { headers, traceDestination, traceOnly } = opts;
            try {
                this.publish(subject, data, {
                    reply: `${this.protocol.muxSubscriptions.baseInbox}${r.token}`,
                    headers,
                    traceDestination,
                    traceOnly,
                });
            }
            catch (err) {
                r.cancel(err);
            }
        }
        return Promise.resolve(qi);
    }
    request(subject, data, opts = { timeout: 1000, noMux: false }) {
        try {
            this._check(subject, true, true);
        }
        catch (err) {
            return Promise.reject(err);
        }
        const asyncTraces = !(this.protocol.options.noAsyncTraces || false);
        opts.timeout = opts.timeout || 1000;
        if (opts.timeout < 1) {
            return Promise.reject(errors_1.InvalidArgumentError.format("timeout", `must be greater than 0`));
        }
        if (!opts.noMux && opts.reply) {
            return Promise.reject(errors_1.InvalidArgumentError.format(["reply", "noMux"], "are mutually exclusive"));
        }
        if (opts.noMux) {
            const inbox = opts.reply
                ? opts.reply
                : (0, core_1.createInbox)(this.options.inboxPrefix);
            const d = (0, util_1.deferred)();
            const errCtx = asyncTraces ? new errors_1.errors.RequestError("") : null;
            const sub = this.subscribe(inbox, {
                max: 1,
                timeout: opts.timeout,
                callback: (err, msg) => {
                    // check for no responders status
                    if (msg && msg.data?.length === 0 && msg.headers?.code === 503) {
                        err = new errors_1.errors.NoRespondersError(subject);
                    }
                    if (err) {
                        // we have a proper stack on timeout
                        if (!(err instanceof errors_1.TimeoutError)) {
                            if (errCtx) {
                                errCtx.message = err.message;
                                errCtx.cause = err;
                                err = errCtx;
                            }
                            else {
                                err = new errors_1.errors.RequestError(err.message, { cause: err });
                            }
                        }
                        d.reject(err);
                        sub.unsubscribe();
                    }
                    else {
                        d.resolve(msg);
                    }
                },
            });
            sub.requestSubject = subject;
            this.protocol.publish(subject, data, {
                reply: inbox,
                headers: opts.headers,
            });
            return d;
        }
        else {
            const r = new request_1.RequestOne(this.protocol.muxSubscriptions, subject, opts, asyncTraces);
            this.protocol.request(r);
            const { headers, traceDestination, traceOnly } = opts;
            try {
                this.publish(subject, data, {
                    reply: `${this.protocol.muxSubscriptions.baseInbox}${r.token}`,
                    headers,
                    traceDestination,
                    traceOnly,
                });
            }
            catch (err) {
                r.cancel(err);
            }
            const p = Promise.race([r.timer, r.deferred]);
            p.catch(() => {
                r.cancel();
            });
            return p;
        }
    }
    /** *
     * Flushes to the server. Promise resolves when round-trip completes.
     * @returns {Promise<void>}
     */
    flush() {
        if (this.isClosed()) {
            return Promise.reject(new errors_1.errors.ClosedConnectionError());
        }
        return this.protocol.flush();
    }
    drain() {
        if (this.isClosed()) {
            return Promise.reject(new errors_1.errors.ClosedConnectionError());
        }
        if (this.isDraining()) {
            return Promise.reject(new errors_1.errors.DrainingConnectionError());
        }
        this.draining = true;
        return this.protocol.drain();
    }
    async [Symbol.asyncDispose]() {
        if (this.isClosed()) {
            return;
        }
        if (this.isDraining()) {
            await this.closed();
            return;
        }
        await this.drain();
    }
    isClosed() {
        return this.protocol.isClosed();
    }
    isDraining() {
        return this.draining;
    }
    getServer() {
        const srv = this.protocol.getServer();
        return srv ? srv.listen : "";
    }
    setServers(servers) {
        this.protocol.servers.setServers(servers);
    }
    getServers() {
        return this.protocol.servers.snapshot();
    }
    status() {
        const iter = new queued_iterator_1.QueuedIteratorImpl();
        iter.iterClosed.then(() => {
            const idx = this.protocol.listeners.indexOf(iter);
            if (idx > -1) {
                this.protocol.listeners.splice(idx, 1);
            }
        });
        this.protocol.listeners.push(iter);
        return iter;
    }
    get info() {
        return this.protocol.isClosed() ? undefined : this.protocol.info;
    }
    async context() {
        const r = await this.request(`$SYS.REQ.USER.INFO`);
        return r.json((key, value) => {
            if (key === "time") {
                return new Date(Date.parse(value));
            }
            return value;
        });
    }
    stats() {
        return {
            inBytes: this.protocol.inBytes,
            outBytes: this.protocol.outBytes,
            inMsgs: this.protocol.inMsgs,
            outMsgs: this.protocol.outMsgs,
        };
    }
    getServerVersion() {
        const info = this.info;
        return info ? (0, semver_1.parseSemVer)(info.version) : undefined;
    }
    async rtt() {
        if (this.isClosed()) {
            throw new errors_1.errors.ClosedConnectionError();
        }
        if (!this.protocol.connected) {
            throw new errors_1.errors.RequestError("connection disconnected");
        }
        const start = Date.now();
        await this.flush();
        return Date.now() - start;
    }
    get features() {
        return this.protocol.features;
    }
    reconnect() {
        if (this.isClosed()) {
            return Promise.reject(new errors_1.errors.ClosedConnectionError());
        }
        if (this.isDraining()) {
            return Promise.reject(new errors_1.errors.DrainingConnectionError());
        }
        return this.protocol.reconnect();
    }
    // internal
    addCloseListener(listener) {
        if (this.closeListeners === undefined) {
            this.closeListeners = new CloseListeners(this.closed());
        }
        this.closeListeners.add(listener);
    }
    // internal
    removeCloseListener(listener) {
        if (this.closeListeners) {
            this.closeListeners.remove(listener);
        }
    }
}
exports.NatsConnectionImpl = NatsConnectionImpl;
class CloseListeners {
    listeners;
    constructor(closed) {
        this.listeners = [];
        closed.then((err) => {
            this.notify(err);
        });
    }
    add(listener) {
        this.listeners.push(listener);
    }
    remove(listener) {
        this.listeners = this.listeners.filter((l) => l !== listener);
    }
    notify(err) {
        this.listeners.forEach((l) => {
            if (typeof l.connectionClosedCallback === "function") {
                try {
                    l.connectionClosedCallback(err);
                }
                catch (_) {
                    // ignored
                }
            }
        });
        this.listeners = [];
    }
}
//# sourceMappingURL=nats.js.map

/***/ }),

/***/ 4046:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nkeys = void 0;
exports.nkeys = __importStar(__nccwpck_require__(6286));
//# sourceMappingURL=nkeys.js.map

/***/ }),

/***/ 366:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2016-2021 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nuid = exports.Nuid = void 0;
var nuid_1 = __nccwpck_require__(6428);
Object.defineProperty(exports, "Nuid", ({ enumerable: true, get: function () { return nuid_1.Nuid; } }));
Object.defineProperty(exports, "nuid", ({ enumerable: true, get: function () { return nuid_1.nuid; } }));
//# sourceMappingURL=nuid.js.map

/***/ }),

/***/ 7450:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2021-2023 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RECONNECT_TIME_WAIT = exports.DEFAULT_MAX_PING_OUT = exports.DEFAULT_PING_INTERVAL = exports.DEFAULT_JITTER_TLS = exports.DEFAULT_JITTER = exports.DEFAULT_MAX_RECONNECT_ATTEMPTS = void 0;
exports.defaultOptions = defaultOptions;
exports.hasWsProtocol = hasWsProtocol;
exports.buildAuthenticator = buildAuthenticator;
exports.parseOptions = parseOptions;
exports.checkOptions = checkOptions;
exports.checkUnsupportedOption = checkUnsupportedOption;
const util_1 = __nccwpck_require__(1558);
const transport_1 = __nccwpck_require__(6793);
const core_1 = __nccwpck_require__(3629);
const authenticator_1 = __nccwpck_require__(1531);
const errors_1 = __nccwpck_require__(4805);
exports.DEFAULT_MAX_RECONNECT_ATTEMPTS = 10;
exports.DEFAULT_JITTER = 100;
exports.DEFAULT_JITTER_TLS = 1000;
// Ping interval
exports.DEFAULT_PING_INTERVAL = 2 * 60 * 1000; // 2 minutes
exports.DEFAULT_MAX_PING_OUT = 2;
// DISCONNECT Parameters, 2 sec wait, 10 tries
exports.DEFAULT_RECONNECT_TIME_WAIT = 2 * 1000;
function defaultOptions() {
    return {
        maxPingOut: exports.DEFAULT_MAX_PING_OUT,
        maxReconnectAttempts: exports.DEFAULT_MAX_RECONNECT_ATTEMPTS,
        noRandomize: false,
        pedantic: false,
        pingInterval: exports.DEFAULT_PING_INTERVAL,
        reconnect: true,
        reconnectJitter: exports.DEFAULT_JITTER,
        reconnectJitterTLS: exports.DEFAULT_JITTER_TLS,
        reconnectTimeWait: exports.DEFAULT_RECONNECT_TIME_WAIT,
        tls: undefined,
        verbose: false,
        waitOnFirstConnect: false,
        ignoreAuthErrorAbort: false,
    };
}
function hasWsProtocol(opts) {
    if (opts) {
        let { servers } = opts;
        if (typeof servers === "string") {
            servers = [servers];
        }
        if (servers) {
            for (let i = 0; i < servers.length; i++) {
                const s = servers[i].toLowerCase();
                if (s.startsWith("ws://") || s.startsWith("wss://")) {
                    return true;
                }
            }
        }
    }
    return false;
}
function buildAuthenticator(opts) {
    const buf = [];
    // jwtAuthenticator is created by the user, since it
    // will require possibly reading files which
    // some of the clients are simply unable to do
    if (typeof opts.authenticator === "function") {
        buf.push(opts.authenticator);
    }
    if (Array.isArray(opts.authenticator)) {
        buf.push(...opts.authenticator);
    }
    if (opts.token) {
        buf.push((0, authenticator_1.tokenAuthenticator)(opts.token));
    }
    if (opts.user) {
        buf.push((0, authenticator_1.usernamePasswordAuthenticator)(opts.user, opts.pass));
    }
    return buf.length === 0 ? (0, authenticator_1.noAuthFn)() : (0, authenticator_1.multiAuthenticator)(buf);
}
function parseOptions(opts) {
    const dhp = `${core_1.DEFAULT_HOST}:${(0, transport_1.defaultPort)()}`;
    opts = opts || { servers: [dhp] };
    opts.servers = opts.servers || [];
    if (typeof opts.servers === "string") {
        opts.servers = [opts.servers];
    }
    if (opts.servers.length > 0 && opts.port) {
        throw errors_1.InvalidArgumentError.format(["servers", "port"], "are mutually exclusive");
    }
    if (opts.servers.length === 0 && opts.port) {
        opts.servers = [`${core_1.DEFAULT_HOST}:${opts.port}`];
    }
    if (opts.servers && opts.servers.length === 0) {
        opts.servers = [dhp];
    }
    const options = (0, util_1.extend)(defaultOptions(), opts);
    options.authenticator = buildAuthenticator(options);
    ["reconnectDelayHandler", "authenticator"].forEach((n) => {
        if (options[n] && typeof options[n] !== "function") {
            throw TypeError(`'${n}' must be a function`);
        }
    });
    if (!options.reconnectDelayHandler) {
        options.reconnectDelayHandler = () => {
            let extra = options.tls
                ? options.reconnectJitterTLS
                : options.reconnectJitter;
            if (extra) {
                extra++;
                extra = Math.floor(Math.random() * extra);
            }
            return options.reconnectTimeWait + extra;
        };
    }
    if (options.inboxPrefix) {
        (0, core_1.createInbox)(options.inboxPrefix);
    }
    // if not set - we set it
    if (options.resolve === undefined) {
        // set a default based on whether the client can resolve or not
        options.resolve = typeof (0, transport_1.getResolveFn)() === "function";
    }
    if (options.resolve) {
        if (typeof (0, transport_1.getResolveFn)() !== "function") {
            throw errors_1.InvalidArgumentError.format("resolve", "is not supported in the current runtime");
        }
    }
    return options;
}
function checkOptions(info, options) {
    const { proto, tls_required: tlsRequired, tls_available: tlsAvailable } = info;
    if ((proto === undefined || proto < 1) && options.noEcho) {
        throw new errors_1.errors.ConnectionError(`server does not support 'noEcho'`);
    }
    const tls = tlsRequired || tlsAvailable || false;
    if (options.tls && !tls) {
        throw new errors_1.errors.ConnectionError(`server does not support 'tls'`);
    }
}
function checkUnsupportedOption(prop, v) {
    if (v) {
        throw errors_1.InvalidArgumentError.format(prop, "is not supported");
    }
}
//# sourceMappingURL=options.js.map

/***/ }),

/***/ 4481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cc = exports.State = exports.Parser = exports.Kind = void 0;
exports.describe = describe;
// deno-lint-ignore-file no-undef
/*
 * Copyright 2020-2021 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const denobuffer_1 = __nccwpck_require__(2248);
const encoders_1 = __nccwpck_require__(8447);
exports.Kind = {
    OK: 0,
    ERR: 1,
    MSG: 2,
    INFO: 3,
    PING: 4,
    PONG: 5,
};
function describe(e) {
    let ks;
    let data = "";
    switch (e.kind) {
        case exports.Kind.MSG:
            ks = "MSG";
            break;
        case exports.Kind.OK:
            ks = "OK";
            break;
        case exports.Kind.ERR:
            ks = "ERR";
            data = encoders_1.TD.decode(e.data);
            break;
        case exports.Kind.PING:
            ks = "PING";
            break;
        case exports.Kind.PONG:
            ks = "PONG";
            break;
        case exports.Kind.INFO:
            ks = "INFO";
            data = encoders_1.TD.decode(e.data);
    }
    return `${ks}: ${data}`;
}
function newMsgArg() {
    const ma = {};
    ma.sid = -1;
    ma.hdr = -1;
    ma.size = -1;
    return ma;
}
const ASCII_0 = 48;
const ASCII_9 = 57;
const MAX_64MB = 64 * 1024 * 1024;
// This is an almost verbatim port of the Go NATS parser
// https://github.com/nats-io/nats.go/blob/master/parser.go
class Parser {
    dispatcher;
    state;
    as;
    drop;
    hdr;
    ma;
    argBuf;
    msgBuf;
    constructor(dispatcher) {
        this.dispatcher = dispatcher;
        this.state = exports.State.OP_START;
        this.as = 0;
        this.drop = 0;
        this.hdr = 0;
    }
    parse(buf) {
        let i;
        for (i = 0; i < buf.length; i++) {
            const b = buf[i];
            switch (this.state) {
                case exports.State.OP_START:
                    switch (b) {
                        case exports.cc.M:
                        case exports.cc.m:
                            this.state = exports.State.OP_M;
                            this.hdr = -1;
                            this.ma = newMsgArg();
                            break;
                        case exports.cc.H:
                        case exports.cc.h:
                            this.state = exports.State.OP_H;
                            this.hdr = 0;
                            this.ma = newMsgArg();
                            break;
                        case exports.cc.P:
                        case exports.cc.p:
                            this.state = exports.State.OP_P;
                            break;
                        case exports.cc.PLUS:
                            this.state = exports.State.OP_PLUS;
                            break;
                        case exports.cc.MINUS:
                            this.state = exports.State.OP_MINUS;
                            break;
                        case exports.cc.I:
                        case exports.cc.i:
                            this.state = exports.State.OP_I;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_H:
                    switch (b) {
                        case exports.cc.M:
                        case exports.cc.m:
                            this.state = exports.State.OP_M;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_M:
                    switch (b) {
                        case exports.cc.S:
                        case exports.cc.s:
                            this.state = exports.State.OP_MS;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_MS:
                    switch (b) {
                        case exports.cc.G:
                        case exports.cc.g:
                            this.state = exports.State.OP_MSG;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_MSG:
                    switch (b) {
                        case exports.cc.SPACE:
                        case exports.cc.TAB:
                            this.state = exports.State.OP_MSG_SPC;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_MSG_SPC:
                    switch (b) {
                        case exports.cc.SPACE:
                        case exports.cc.TAB:
                            continue;
                        default:
                            this.state = exports.State.MSG_ARG;
                            this.as = i;
                    }
                    break;
                case exports.State.MSG_ARG:
                    switch (b) {
                        case exports.cc.CR:
                            this.drop = 1;
                            break;
                        case exports.cc.NL: {
                            const arg = this.argBuf
                                ? this.argBuf.bytes()
                                : buf.subarray(this.as, i - this.drop);
                            this.processMsgArgs(arg);
                            this.drop = 0;
                            this.as = i + 1;
                            this.state = exports.State.MSG_PAYLOAD;
                            // jump ahead with the index. If this overruns
                            // what is left we fall out and process a split buffer.
                            i = this.as + this.ma.size - 1;
                            break;
                        }
                        default:
                            if (this.argBuf) {
                                this.argBuf.writeByte(b);
                            }
                    }
                    break;
                case exports.State.MSG_PAYLOAD:
                    if (this.msgBuf) {
                        if (this.msgBuf.length >= this.ma.size) {
                            const data = this.msgBuf.bytes({ copy: false });
                            this.dispatcher.push({ kind: exports.Kind.MSG, msg: this.ma, data: data });
                            this.argBuf = undefined;
                            this.msgBuf = undefined;
                            this.state = exports.State.MSG_END;
                        }
                        else {
                            let toCopy = this.ma.size - this.msgBuf.length;
                            const avail = buf.length - i;
                            if (avail < toCopy) {
                                toCopy = avail;
                            }
                            if (toCopy > 0) {
                                this.msgBuf.write(buf.subarray(i, i + toCopy));
                                i = (i + toCopy) - 1;
                            }
                            else {
                                this.msgBuf.writeByte(b);
                            }
                        }
                    }
                    else if (i - this.as >= this.ma.size) {
                        this.dispatcher.push({ kind: exports.Kind.MSG, msg: this.ma, data: buf.subarray(this.as, i) });
                        this.argBuf = undefined;
                        this.msgBuf = undefined;
                        this.state = exports.State.MSG_END;
                    }
                    break;
                case exports.State.MSG_END:
                    switch (b) {
                        case exports.cc.NL:
                            this.drop = 0;
                            this.as = i + 1;
                            this.state = exports.State.OP_START;
                            break;
                        default:
                            continue;
                    }
                    break;
                case exports.State.OP_PLUS:
                    switch (b) {
                        case exports.cc.O:
                        case exports.cc.o:
                            this.state = exports.State.OP_PLUS_O;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_PLUS_O:
                    switch (b) {
                        case exports.cc.K:
                        case exports.cc.k:
                            this.state = exports.State.OP_PLUS_OK;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_PLUS_OK:
                    switch (b) {
                        case exports.cc.NL:
                            this.dispatcher.push({ kind: exports.Kind.OK });
                            this.drop = 0;
                            this.state = exports.State.OP_START;
                            break;
                    }
                    break;
                case exports.State.OP_MINUS:
                    switch (b) {
                        case exports.cc.E:
                        case exports.cc.e:
                            this.state = exports.State.OP_MINUS_E;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_MINUS_E:
                    switch (b) {
                        case exports.cc.R:
                        case exports.cc.r:
                            this.state = exports.State.OP_MINUS_ER;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_MINUS_ER:
                    switch (b) {
                        case exports.cc.R:
                        case exports.cc.r:
                            this.state = exports.State.OP_MINUS_ERR;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_MINUS_ERR:
                    switch (b) {
                        case exports.cc.SPACE:
                        case exports.cc.TAB:
                            this.state = exports.State.OP_MINUS_ERR_SPC;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_MINUS_ERR_SPC:
                    switch (b) {
                        case exports.cc.SPACE:
                        case exports.cc.TAB:
                            continue;
                        default:
                            this.state = exports.State.MINUS_ERR_ARG;
                            this.as = i;
                    }
                    break;
                case exports.State.MINUS_ERR_ARG:
                    switch (b) {
                        case exports.cc.CR:
                            this.drop = 1;
                            break;
                        case exports.cc.NL: {
                            let arg;
                            if (this.argBuf) {
                                arg = this.argBuf.bytes();
                                this.argBuf = undefined;
                            }
                            else {
                                arg = buf.subarray(this.as, i - this.drop);
                            }
                            this.dispatcher.push({ kind: exports.Kind.ERR, data: arg });
                            this.drop = 0;
                            this.as = i + 1;
                            this.state = exports.State.OP_START;
                            break;
                        }
                        default:
                            if (this.argBuf) {
                                this.argBuf.write(Uint8Array.of(b));
                            }
                    }
                    break;
                case exports.State.OP_P:
                    switch (b) {
                        case exports.cc.I:
                        case exports.cc.i:
                            this.state = exports.State.OP_PI;
                            break;
                        case exports.cc.O:
                        case exports.cc.o:
                            this.state = exports.State.OP_PO;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_PO:
                    switch (b) {
                        case exports.cc.N:
                        case exports.cc.n:
                            this.state = exports.State.OP_PON;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_PON:
                    switch (b) {
                        case exports.cc.G:
                        case exports.cc.g:
                            this.state = exports.State.OP_PONG;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_PONG:
                    switch (b) {
                        case exports.cc.NL:
                            this.dispatcher.push({ kind: exports.Kind.PONG });
                            this.drop = 0;
                            this.state = exports.State.OP_START;
                            break;
                    }
                    break;
                case exports.State.OP_PI:
                    switch (b) {
                        case exports.cc.N:
                        case exports.cc.n:
                            this.state = exports.State.OP_PIN;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_PIN:
                    switch (b) {
                        case exports.cc.G:
                        case exports.cc.g:
                            this.state = exports.State.OP_PING;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_PING:
                    switch (b) {
                        case exports.cc.NL:
                            this.dispatcher.push({ kind: exports.Kind.PING });
                            this.drop = 0;
                            this.state = exports.State.OP_START;
                            break;
                    }
                    break;
                case exports.State.OP_I:
                    switch (b) {
                        case exports.cc.N:
                        case exports.cc.n:
                            this.state = exports.State.OP_IN;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_IN:
                    switch (b) {
                        case exports.cc.F:
                        case exports.cc.f:
                            this.state = exports.State.OP_INF;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_INF:
                    switch (b) {
                        case exports.cc.O:
                        case exports.cc.o:
                            this.state = exports.State.OP_INFO;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_INFO:
                    switch (b) {
                        case exports.cc.SPACE:
                        case exports.cc.TAB:
                            this.state = exports.State.OP_INFO_SPC;
                            break;
                        default:
                            throw this.fail(buf.subarray(i));
                    }
                    break;
                case exports.State.OP_INFO_SPC:
                    switch (b) {
                        case exports.cc.SPACE:
                        case exports.cc.TAB:
                            continue;
                        default:
                            this.state = exports.State.INFO_ARG;
                            this.as = i;
                    }
                    break;
                case exports.State.INFO_ARG:
                    switch (b) {
                        case exports.cc.CR:
                            this.drop = 1;
                            break;
                        case exports.cc.NL: {
                            let arg;
                            if (this.argBuf) {
                                arg = this.argBuf.bytes();
                                this.argBuf = undefined;
                            }
                            else {
                                arg = buf.subarray(this.as, i - this.drop);
                            }
                            this.dispatcher.push({ kind: exports.Kind.INFO, data: arg });
                            this.drop = 0;
                            this.as = i + 1;
                            this.state = exports.State.OP_START;
                            break;
                        }
                        default:
                            if (this.argBuf) {
                                this.argBuf.writeByte(b);
                            }
                    }
                    break;
                default:
                    throw this.fail(buf.subarray(i));
            }
        }
        if ((this.state === exports.State.MSG_ARG || this.state === exports.State.MINUS_ERR_ARG ||
            this.state === exports.State.INFO_ARG) && !this.argBuf) {
            this.argBuf = new denobuffer_1.DenoBuffer(buf.subarray(this.as, i - this.drop));
        }
        if (this.state === exports.State.MSG_PAYLOAD && !this.msgBuf) {
            if (!this.argBuf) {
                this.cloneMsgArg();
            }
            this.msgBuf = new denobuffer_1.DenoBuffer(buf.subarray(this.as));
        }
    }
    cloneMsgArg() {
        const s = this.ma.subject.length;
        const r = this.ma.reply ? this.ma.reply.length : 0;
        const buf = new Uint8Array(s + r);
        buf.set(this.ma.subject);
        if (this.ma.reply) {
            buf.set(this.ma.reply, s);
        }
        this.argBuf = new denobuffer_1.DenoBuffer(buf);
        this.ma.subject = buf.subarray(0, s);
        if (this.ma.reply) {
            this.ma.reply = buf.subarray(s);
        }
    }
    processMsgArgs(arg) {
        if (this.hdr >= 0) {
            return this.processHeaderMsgArgs(arg);
        }
        const args = [];
        let start = -1;
        for (let i = 0; i < arg.length; i++) {
            const b = arg[i];
            switch (b) {
                case exports.cc.SPACE:
                case exports.cc.TAB:
                case exports.cc.CR:
                case exports.cc.NL:
                    if (start >= 0) {
                        args.push(arg.subarray(start, i));
                        start = -1;
                    }
                    break;
                default:
                    if (start < 0) {
                        start = i;
                    }
            }
        }
        if (start >= 0) {
            args.push(arg.subarray(start));
        }
        switch (args.length) {
            case 3:
                this.ma.subject = args[0];
                this.ma.sid = this.protoParseInt(args[1]);
                this.ma.reply = undefined;
                this.ma.size = this.protoParseInt(args[2], MAX_64MB);
                break;
            case 4:
                this.ma.subject = args[0];
                this.ma.sid = this.protoParseInt(args[1]);
                this.ma.reply = args[2];
                this.ma.size = this.protoParseInt(args[3], MAX_64MB);
                break;
            default:
                throw this.fail(arg, "processMsgArgs Parse Error");
        }
        if (this.ma.sid < 0) {
            throw this.fail(arg, "processMsgArgs Bad or Missing Sid Error");
        }
        if (this.ma.size < 0) {
            throw this.fail(arg, "processMsgArgs Bad or Missing Size Error");
        }
    }
    fail(data, label = "") {
        if (!label) {
            label = `parse error [${this.state}]`;
        }
        else {
            label = `${label} [${this.state}]`;
        }
        return new Error(`${label}: ${encoders_1.TD.decode(data)}`);
    }
    processHeaderMsgArgs(arg) {
        const args = [];
        let start = -1;
        for (let i = 0; i < arg.length; i++) {
            const b = arg[i];
            switch (b) {
                case exports.cc.SPACE:
                case exports.cc.TAB:
                case exports.cc.CR:
                case exports.cc.NL:
                    if (start >= 0) {
                        args.push(arg.subarray(start, i));
                        start = -1;
                    }
                    break;
                default:
                    if (start < 0) {
                        start = i;
                    }
            }
        }
        if (start >= 0) {
            args.push(arg.subarray(start));
        }
        switch (args.length) {
            case 4:
                this.ma.subject = args[0];
                this.ma.sid = this.protoParseInt(args[1]);
                this.ma.reply = undefined;
                this.ma.hdr = this.protoParseInt(args[2], MAX_64MB);
                this.ma.size = this.protoParseInt(args[3], MAX_64MB);
                break;
            case 5:
                this.ma.subject = args[0];
                this.ma.sid = this.protoParseInt(args[1]);
                this.ma.reply = args[2];
                this.ma.hdr = this.protoParseInt(args[3], MAX_64MB);
                this.ma.size = this.protoParseInt(args[4], MAX_64MB);
                break;
            default:
                throw this.fail(arg, "processHeaderMsgArgs Parse Error");
        }
        if (this.ma.sid < 0) {
            throw this.fail(arg, "processHeaderMsgArgs Bad or Missing Sid Error");
        }
        if (this.ma.hdr < 0 || this.ma.hdr > this.ma.size) {
            throw this.fail(arg, "processHeaderMsgArgs Bad or Missing Header Size Error");
        }
        if (this.ma.size < 0) {
            throw this.fail(arg, "processHeaderMsgArgs Bad or Missing Size Error");
        }
    }
    protoParseInt(a, max) {
        // max 999_999_999_999_999 - one digit below MAX_SAFE_INTEGER
        if (a.length === 0 || a.length > 15) {
            return -1;
        }
        let n = 0;
        for (let i = 0; i < a.length; i++) {
            if (a[i] < ASCII_0 || a[i] > ASCII_9) {
                return -1;
            }
            n = n * 10 + (a[i] - ASCII_0);
        }
        return max !== undefined && n > max ? -1 : n;
    }
}
exports.Parser = Parser;
exports.State = {
    OP_START: 0,
    OP_PLUS: 1,
    OP_PLUS_O: 2,
    OP_PLUS_OK: 3,
    OP_MINUS: 4,
    OP_MINUS_E: 5,
    OP_MINUS_ER: 6,
    OP_MINUS_ERR: 7,
    OP_MINUS_ERR_SPC: 8,
    MINUS_ERR_ARG: 9,
    OP_M: 10,
    OP_MS: 11,
    OP_MSG: 12,
    OP_MSG_SPC: 13,
    MSG_ARG: 14,
    MSG_PAYLOAD: 15,
    MSG_END: 16,
    OP_H: 17,
    OP_P: 18,
    OP_PI: 19,
    OP_PIN: 20,
    OP_PING: 21,
    OP_PO: 22,
    OP_PON: 23,
    OP_PONG: 24,
    OP_I: 25,
    OP_IN: 26,
    OP_INF: 27,
    OP_INFO: 28,
    OP_INFO_SPC: 29,
    INFO_ARG: 30,
};
exports.cc = {
    CR: "\r".charCodeAt(0),
    E: "E".charCodeAt(0),
    e: "e".charCodeAt(0),
    F: "F".charCodeAt(0),
    f: "f".charCodeAt(0),
    G: "G".charCodeAt(0),
    g: "g".charCodeAt(0),
    H: "H".charCodeAt(0),
    h: "h".charCodeAt(0),
    I: "I".charCodeAt(0),
    i: "i".charCodeAt(0),
    K: "K".charCodeAt(0),
    k: "k".charCodeAt(0),
    M: "M".charCodeAt(0),
    m: "m".charCodeAt(0),
    MINUS: "-".charCodeAt(0),
    N: "N".charCodeAt(0),
    n: "n".charCodeAt(0),
    NL: "\n".charCodeAt(0),
    O: "O".charCodeAt(0),
    o: "o".charCodeAt(0),
    P: "P".charCodeAt(0),
    p: "p".charCodeAt(0),
    PLUS: "+".charCodeAt(0),
    R: "R".charCodeAt(0),
    r: "r".charCodeAt(0),
    S: "S".charCodeAt(0),
    s: "s".charCodeAt(0),
    SPACE: " ".charCodeAt(0),
    TAB: "\t".charCodeAt(0),
};
//# sourceMappingURL=parser.js.map

/***/ }),

/***/ 7210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProtocolHandler = exports.Subscriptions = exports.SubscriptionImpl = exports.Connect = exports.INFO = void 0;
/*
 * Copyright 2018-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const encoders_1 = __nccwpck_require__(8447);
const transport_1 = __nccwpck_require__(6793);
const util_1 = __nccwpck_require__(1558);
const databuffer_1 = __nccwpck_require__(3748);
const servers_1 = __nccwpck_require__(6044);
const queued_iterator_1 = __nccwpck_require__(948);
const muxsubscription_1 = __nccwpck_require__(6151);
const heartbeats_1 = __nccwpck_require__(8903);
const parser_1 = __nccwpck_require__(4481);
const msg_1 = __nccwpck_require__(5977);
const semver_1 = __nccwpck_require__(1938);
const options_1 = __nccwpck_require__(7450);
const errors_1 = __nccwpck_require__(4805);
const FLUSH_THRESHOLD = 1024 * 32;
exports.INFO = /^INFO\s+([^\r\n]+)\r\n/i;
const PONG_CMD = (0, encoders_1.encode)("PONG\r\n");
const PING_CMD = (0, encoders_1.encode)("PING\r\n");
const ERR_RECONNECT_HANDLER_FAILED = "client option reconnectToServer handler failed";
const ERR_RECONNECT_HANDLER_NOT_IN_POOL = "returned server is not in the pool";
function isDelayedServer(x) {
    return (x !== null && typeof x === "object" &&
        "server" in x && "delay" in x);
}
class Connect {
    echo;
    no_responders;
    protocol;
    verbose;
    pedantic;
    jwt;
    nkey;
    sig;
    user;
    pass;
    auth_token;
    tls_required;
    name;
    lang;
    version;
    headers;
    constructor(transport, opts, nonce) {
        this.protocol = 1;
        this.version = transport.version;
        this.lang = transport.lang;
        this.echo = opts.noEcho ? false : undefined;
        this.verbose = opts.verbose;
        this.pedantic = opts.pedantic;
        this.tls_required = opts.tls ? true : undefined;
        this.name = opts.name;
        const creds = (opts && typeof opts.authenticator === "function"
            ? opts.authenticator(nonce)
            : {}) || {};
        (0, util_1.extend)(this, creds);
    }
}
exports.Connect = Connect;
class SlowNotifier {
    slow;
    cb;
    notified;
    constructor(slow, cb) {
        this.slow = slow;
        this.cb = cb;
        this.notified = false;
    }
    maybeNotify(pending) {
        // if we are below the threshold reset the ability to notify
        if (pending <= this.slow) {
            this.notified = false;
        }
        else {
            if (!this.notified) {
                // crossed the threshold, notify and silence.
                this.cb(pending);
                this.notified = true;
            }
        }
    }
}
class SubscriptionImpl extends queued_iterator_1.QueuedIteratorImpl {
    sid;
    queue;
    draining;
    max;
    subject;
    drained;
    protocol;
    timer;
    info;
    cleanupFn;
    closed;
    requestSubject;
    slow;
    constructor(protocol, subject, opts = {}) {
        super();
        (0, util_1.extend)(this, opts);
        this.protocol = protocol;
        this.subject = subject;
        this.draining = false;
        this.noIterator = typeof opts.callback === "function";
        this.closed = (0, util_1.deferred)();
        const asyncTraces = !(protocol.options?.noAsyncTraces || false);
        if (opts.timeout) {
            this.timer = (0, util_1.timeout)(opts.timeout, asyncTraces);
            this.timer
                .then(() => {
                // timer was cancelled
                this.timer = undefined;
            })
                .catch((err) => {
                // timer fired
                this.stop(err);
                if (this.noIterator) {
                    this.callback(err, {});
                }
            });
        }
        if (!this.noIterator) {
            // cleanup - they used break or return from the iterator
            // make sure we clean up, if they didn't call unsub
            this.iterClosed.then((err) => {
                this.closed.resolve(err);
                this.unsubscribe();
            });
        }
    }
    setSlowNotificationFn(slow, fn) {
        this.slow = undefined;
        if (fn) {
            if (this.noIterator) {
                throw new Error("callbacks don't support slow notifications");
            }
            this.slow = new SlowNotifier(slow, fn);
        }
    }
    callback(err, msg) {
        this.cancelTimeout();
        err ? this.stop(err) : this.push(msg);
        if (!err && this.slow) {
            this.slow.maybeNotify(this.getPending());
        }
    }
    close(err) {
        if (!this.isClosed()) {
            this.cancelTimeout();
            const fn = () => {
                this.stop();
                if (this.cleanupFn) {
                    try {
                        this.cleanupFn(this, this.info);
                    }
                    catch (_err) {
                        // ignoring
                    }
                }
                this.closed.resolve(err);
            };
            if (this.noIterator) {
                fn();
            }
            else {
                this.push(fn);
            }
        }
    }
    unsubscribe(max) {
        this.protocol.unsubscribe(this, max);
    }
    cancelTimeout() {
        if (this.timer) {
            this.timer.cancel();
            this.timer = undefined;
        }
    }
    drain() {
        if (this.protocol.isClosed()) {
            return Promise.reject(new errors_1.errors.ClosedConnectionError());
        }
        if (this.isClosed()) {
            return Promise.reject(new errors_1.errors.InvalidOperationError("subscription is already closed"));
        }
        if (!this.drained) {
            this.draining = true;
            this.protocol.unsub(this);
            this.drained = this.protocol.flush((0, util_1.deferred)())
                .then(() => {
                this.protocol.subscriptions.cancel(this);
            })
                .catch(() => {
                this.protocol.subscriptions.cancel(this);
            });
        }
        return this.drained;
    }
    async [Symbol.asyncDispose]() {
        if (this.protocol.isClosed() || this.isClosed()) {
            return;
        }
        if (this.drained) {
            await this.drained;
            return;
        }
        await this.drain();
    }
    isDraining() {
        return this.draining;
    }
    isClosed() {
        return this.done;
    }
    getSubject() {
        return this.subject;
    }
    getMax() {
        return this.max;
    }
    getID() {
        return this.sid;
    }
}
exports.SubscriptionImpl = SubscriptionImpl;
class Subscriptions {
    mux;
    subs;
    sidCounter;
    constructor() {
        this.sidCounter = 0;
        this.mux = null;
        this.subs = new Map();
    }
    size() {
        return this.subs.size;
    }
    add(s) {
        this.sidCounter++;
        s.sid = this.sidCounter;
        this.subs.set(s.sid, s);
        return s;
    }
    setMux(s) {
        this.mux = s;
        return s;
    }
    getMux() {
        return this.mux;
    }
    get(sid) {
        return this.subs.get(sid);
    }
    resub(s) {
        this.sidCounter++;
        this.subs.delete(s.sid);
        s.sid = this.sidCounter;
        this.subs.set(s.sid, s);
        return s;
    }
    all() {
        return Array.from(this.subs.values());
    }
    cancel(s) {
        if (s) {
            s.close();
            this.subs.delete(s.sid);
        }
    }
    handleError(err) {
        const subs = this.all();
        let sub;
        if (err.operation === "subscription") {
            sub = subs.find((s) => {
                return s.subject === err.subject && s.queue === err.queue;
            });
        }
        else if (err.operation === "publish") {
            // we have a no mux subscription
            sub = subs.find((s) => {
                return s.requestSubject === err.subject;
            });
        }
        if (sub) {
            sub.callback(err, {});
            sub.close(err);
            this.subs.delete(sub.sid);
            return sub !== this.mux;
        }
        return false;
    }
    close() {
        this.subs.forEach((sub) => {
            sub.close();
        });
    }
}
exports.Subscriptions = Subscriptions;
class ProtocolHandler {
    connected;
    connectedOnce;
    infoReceived;
    info;
    muxSubscriptions;
    options;
    outbound;
    pongs;
    subscriptions;
    transport;
    noMorePublishing;
    connectError;
    publisher;
    _closed;
    closed;
    listeners;
    heartbeats;
    parser;
    outMsgs;
    inMsgs;
    outBytes;
    inBytes;
    pendingLimit;
    lastError;
    abortReconnect;
    whyClosed;
    servers;
    server;
    features;
    connectPromise;
    dialDelay;
    raceTimer;
    constructor(options, publisher) {
        this._closed = false;
        this.connected = false;
        this.connectedOnce = false;
        this.infoReceived = false;
        this.noMorePublishing = false;
        this.abortReconnect = false;
        this.listeners = [];
        this.pendingLimit = FLUSH_THRESHOLD;
        this.outMsgs = 0;
        this.inMsgs = 0;
        this.outBytes = 0;
        this.inBytes = 0;
        this.options = options;
        this.publisher = publisher;
        this.subscriptions = new Subscriptions();
        this.muxSubscriptions = new muxsubscription_1.MuxSubscription();
        this.outbound = new databuffer_1.DataBuffer();
        this.pongs = [];
        this.whyClosed = "";
        //@ts-ignore: options.pendingLimit is hidden
        this.pendingLimit = options.pendingLimit || this.pendingLimit;
        this.features = new semver_1.Features({ major: 0, minor: 0, micro: 0 });
        this.connectPromise = null;
        this.dialDelay = null;
        const servers = typeof options.servers === "string"
            ? [options.servers]
            : options.servers;
        this.servers = new servers_1.Servers({
            randomize: !options.noRandomize,
        });
        this.servers.setServers(servers);
        this.closed = (0, util_1.deferred)();
        this.parser = new parser_1.Parser(this);
        this.heartbeats = new heartbeats_1.Heartbeat(this, this.options.pingInterval || options_1.DEFAULT_PING_INTERVAL, this.options.maxPingOut || options_1.DEFAULT_MAX_PING_OUT);
    }
    resetOutbound() {
        this.outbound.reset();
        const pongs = this.pongs;
        this.pongs = [];
        // reject the pongs - the disconnect from here shouldn't have a trace
        // because that confuses API consumers
        const err = new errors_1.errors.RequestError("connection disconnected");
        err.stack = "";
        pongs.forEach((p) => {
            p.reject(err);
        });
        this.parser = new parser_1.Parser(this);
        this.infoReceived = false;
    }
    dispatchStatus(status) {
        this.listeners.forEach((q) => {
            q.push(status);
        });
    }
    prepare() {
        if (this.transport) {
            this.transport.discard();
        }
        this.info = undefined;
        this.resetOutbound();
        const pong = (0, util_1.deferred)();
        pong.catch(() => {
            // provide at least one catch - as pong rejection can happen before it is expected
        });
        this.pongs.unshift(pong);
        this.connectError = (err) => {
            pong.reject(err);
        };
        this.transport = (0, transport_1.newTransport)();
        this.transport.closed()
            .then(async (_err) => {
            this.connected = false;
            if (!this.isClosed()) {
                // if the transport gave an error use that, otherwise
                // we may have received a protocol error
                await this.disconnected(this.transport.closeError || this.lastError);
                return;
            }
        });
        return pong;
    }
    disconnect() {
        this.dispatchStatus({ type: "staleConnection" });
        this.transport.disconnect();
    }
    reconnect() {
        if (this.connected) {
            this.dispatchStatus({
                type: "forceReconnect",
            });
            this.transport.disconnect();
        }
        return Promise.resolve();
    }
    async disconnected(err) {
        this.dispatchStatus({
            type: "disconnect",
            server: this.servers.getCurrentServer().toString(),
        });
        if (this.options.reconnect) {
            await this.dialLoop()
                .then(() => {
                this.dispatchStatus({
                    type: "reconnect",
                    server: this.servers.getCurrentServer().toString(),
                });
                // if we are here we reconnected, but we have an authentication
                // that expired, we need to clean it up, otherwise we'll queue up
                // two of these, and the default for the client will be to
                // close, rather than attempt again - possibly they have an
                // authenticator that dynamically updates
                if (this.lastError instanceof errors_1.errors.UserAuthenticationExpiredError) {
                    this.lastError = undefined;
                }
            })
                .catch((err) => {
                this.close(err).catch();
            });
        }
        else {
            await this.close(err).catch();
        }
    }
    async dial(srv) {
        const pong = this.prepare();
        try {
            this.raceTimer = (0, util_1.timeout)(this.options.timeout || 20000);
            const cp = this.transport.connect(srv, this.options);
            await Promise.race([cp, this.raceTimer]);
            (async () => {
                try {
                    for await (const b of this.transport) {
                        this.parser.parse(b);
                    }
                }
                catch (err) {
                    console.log("reader closed", err);
                }
            })().then();
        }
        catch (err) {
            pong.reject(err);
        }
        try {
            await Promise.race([this.raceTimer, pong]);
            this.raceTimer?.cancel();
            this.connected = true;
            this.connectError = undefined;
            this.sendSubscriptions();
            this.connectedOnce = true;
            this.server.didConnect = true;
            this.server.reconnects = 0;
            this.flushPending();
            this.heartbeats.start();
        }
        catch (err) {
            this.raceTimer?.cancel();
            await this.transport.close(err);
            throw err;
        }
    }
    async _doDial(srv) {
        const { resolve } = this.options;
        const alts = await srv.resolve({
            fn: (0, transport_1.getResolveFn)(),
            debug: this.options.debug,
            randomize: !this.options.noRandomize,
            resolve,
        });
        let lastErr = null;
        for (const a of alts) {
            try {
                lastErr = null;
                this.dispatchStatus({ type: "reconnecting" });
                await this.dial(a);
                // if here we connected
                return;
            }
            catch (err) {
                lastErr = err;
            }
        }
        // if we are here, we failed, and we have no additional
        // alternatives for this server
        throw lastErr;
    }
    dialLoop() {
        if (this.connectPromise === null) {
            this.connectPromise = this.dodialLoop();
            this.connectPromise
                .then(() => { })
                .catch(() => { })
                .finally(() => {
                this.connectPromise = null;
            });
        }
        return this.connectPromise;
    }
    async dodialLoop() {
        let lastError;
        while (true) {
            if (this._closed) {
                // if we are disconnected, and close is called, the client
                // still tries to reconnect - to match the reconnect policy
                // in the case of close, want to stop.
                this.servers.clear();
            }
            const wait = this.options.reconnectDelayHandler
                ? this.options.reconnectDelayHandler()
                : options_1.DEFAULT_RECONNECT_TIME_WAIT;
            let maxWait = wait;
            const srv = this.selectServer();
            if (!srv || this.abortReconnect) {
                if (lastError) {
                    throw lastError;
                }
                else if (this.lastError) {
                    throw this.lastError;
                }
                else {
                    throw new errors_1.errors.ConnectionError("connection refused");
                }
            }
            const now = Date.now();
            if (srv.lastConnect === 0 || srv.lastConnect + wait <= now) {
                let target = srv;
                let extraDelay = 0;
                if (this.options.reconnectToServer) {
                    try {
                        const snap = this.servers.snapshotForHandler();
                        const r = this.options.reconnectToServer(snap, this.info ?? null);
                        let picked;
                        if (isDelayedServer(r)) {
                            picked = r.server;
                            extraDelay = Number.isFinite(r.delay) && r.delay > 0
                                ? Math.floor(r.delay)
                                : 0;
                        }
                        else {
                            picked = r;
                        }
                        if (picked !== null) {
                            const found = this.servers.find(picked);
                            if (!found) {
                                throw new Error(ERR_RECONNECT_HANDLER_NOT_IN_POOL);
                            }
                            if (found !== srv) {
                                target = found;
                                this.servers.setCurrent(target);
                                this.server = target;
                            }
                        }
                    }
                    catch (cause) {
                        const c = cause instanceof Error ? cause : new Error(String(cause));
                        throw new errors_1.errors.ConnectionError(`${ERR_RECONNECT_HANDLER_FAILED}: ${c.message}`, { cause: c });
                    }
                }
                if (extraDelay > 0) {
                    this.dialDelay = (0, util_1.delay)(extraDelay);
                    await this.dialDelay;
                }
                target.lastConnect = Date.now();
                try {
                    await this._doDial(target);
                    break;
                }
                catch (err) {
                    lastError = err;
                    if (!this.connectedOnce) {
                        if (this.options.waitOnFirstConnect) {
                            continue;
                        }
                        this.servers.removeCurrentServer();
                    }
                    target.reconnects++;
                    const mra = this.options.maxReconnectAttempts || 0;
                    if (mra !== -1 && target.reconnects >= mra) {
                        this.servers.removeCurrentServer();
                    }
                }
            }
            else {
                maxWait = Math.min(maxWait, srv.lastConnect + wait - now);
                this.dialDelay = (0, util_1.delay)(maxWait);
                await this.dialDelay;
            }
        }
    }
    static async connect(options, publisher) {
        const h = new ProtocolHandler(options, publisher);
        await h.dialLoop();
        return h;
    }
    static toError(s) {
        let err = errors_1.errors.PermissionViolationError.parse(s);
        if (err) {
            return err;
        }
        err = errors_1.errors.UserAuthenticationExpiredError.parse(s);
        if (err) {
            return err;
        }
        err = errors_1.errors.AuthorizationError.parse(s);
        if (err) {
            return err;
        }
        return new errors_1.errors.ProtocolError(s);
    }
    processMsg(msg, data) {
        this.inMsgs++;
        this.inBytes += data.length;
        if (!this.subscriptions.sidCounter) {
            return;
        }
        const sub = this.subscriptions.get(msg.sid);
        if (!sub) {
            return;
        }
        sub.received += 1;
        if (sub.callback) {
            sub.callback(null, new msg_1.MsgImpl(msg, data, this));
        }
        if (sub.max !== undefined && sub.received >= sub.max) {
            sub.unsubscribe();
        }
    }
    processError(m) {
        let s = (0, encoders_1.decode)(m);
        if (s.startsWith("'") && s.endsWith("'")) {
            s = s.slice(1, s.length - 1);
        }
        const err = ProtocolHandler.toError(s);
        switch (err.constructor) {
            case errors_1.errors.PermissionViolationError: {
                const pe = err;
                const mux = this.subscriptions.getMux();
                const isMuxPermission = mux ? pe.subject === mux.subject : false;
                this.subscriptions.handleError(pe);
                this.muxSubscriptions.handleError(isMuxPermission, pe);
                if (isMuxPermission) {
                    // remove the permission - enable it to be recreated
                    this.subscriptions.setMux(null);
                }
            }
        }
        this.dispatchStatus({ type: "error", error: err });
        this.handleError(err);
    }
    handleError(err) {
        if (err instanceof errors_1.errors.UserAuthenticationExpiredError ||
            err instanceof errors_1.errors.AuthorizationError) {
            this.handleAuthError(err);
        }
        if (!(err instanceof errors_1.errors.PermissionViolationError)) {
            this.lastError = err;
        }
    }
    handleAuthError(err) {
        if ((this.lastError instanceof errors_1.errors.UserAuthenticationExpiredError ||
            this.lastError instanceof errors_1.errors.AuthorizationError) &&
            this.options.ignoreAuthErrorAbort === false) {
            this.abortReconnect = true;
        }
        if (this.connectError) {
            this.connectError(err);
        }
        else {
            this.disconnect();
        }
    }
    processPing() {
        this.transport.send(PONG_CMD);
    }
    processPong() {
        const cb = this.pongs.shift();
        if (cb) {
            cb.resolve();
        }
    }
    processInfo(m) {
        const info = JSON.parse((0, encoders_1.decode)(m));
        this.info = info;
        const updates = this.options && this.options.ignoreClusterUpdates
            ? undefined
            : this.servers.update(info, this.transport.isEncrypted());
        if (!this.infoReceived) {
            this.features.update((0, semver_1.parseSemVer)(info.version));
            this.infoReceived = true;
            if (this.transport.isEncrypted()) {
                this.servers.updateTLSName();
            }
            // send connect
            const { version, lang } = this.transport;
            try {
                const c = new Connect({ version, lang }, this.options, info.nonce);
                if (info.headers) {
                    c.headers = true;
                    c.no_responders = true;
                }
                const cs = JSON.stringify(c);
                this.transport.send((0, encoders_1.encode)(`CONNECT ${cs}${transport_1.CR_LF}`));
                this.transport.send(PING_CMD);
            }
            catch (err) {
                // if we are dying here, this is likely some an authenticator blowing up
                this.close(err).catch();
            }
        }
        if (updates) {
            const { added, deleted } = updates;
            this.dispatchStatus({ type: "update", added, deleted });
        }
        const ldm = info.ldm !== undefined ? info.ldm : false;
        if (ldm) {
            this.dispatchStatus({
                type: "ldm",
                server: this.servers.getCurrentServer().toString(),
            });
        }
    }
    push(e) {
        switch (e.kind) {
            case parser_1.Kind.MSG: {
                const { msg, data } = e;
                this.processMsg(msg, data);
                break;
            }
            case parser_1.Kind.OK:
                break;
            case parser_1.Kind.ERR:
                this.processError(e.data);
                break;
            case parser_1.Kind.PING:
                this.processPing();
                break;
            case parser_1.Kind.PONG:
                this.processPong();
                break;
            case parser_1.Kind.INFO:
                this.processInfo(e.data);
                break;
        }
    }
    sendCommand(cmd, ...payloads) {
        const len = this.outbound.length();
        let buf;
        if (typeof cmd === "string") {
            buf = (0, encoders_1.encode)(cmd);
        }
        else {
            buf = cmd;
        }
        this.outbound.fill(buf, ...payloads);
        if (len === 0) {
            queueMicrotask(() => {
                this.flushPending();
            });
        }
        else if (this.outbound.size() >= this.pendingLimit) {
            // flush inline
            this.flushPending();
        }
    }
    publish(subject, payload = encoders_1.Empty, options) {
        let data;
        if (payload instanceof Uint8Array) {
            data = payload;
        }
        else if (typeof payload === "string") {
            data = encoders_1.TE.encode(payload);
        }
        else {
            throw new TypeError("payload types can be strings or Uint8Array");
        }
        let len = data.length;
        options = options || {};
        options.reply = options.reply || "";
        let headers = encoders_1.Empty;
        let hlen = 0;
        if (options.headers) {
            if (this.info && !this.info.headers) {
                errors_1.InvalidArgumentError.format("headers", "are not available on this server");
            }
            const hdrs = options.headers;
            headers = hdrs.encode();
            hlen = headers.length;
            len = data.length + hlen;
        }
        if (this.info && len > this.info.max_payload) {
            throw errors_1.InvalidArgumentError.format("payload", "max_payload size exceeded");
        }
        this.outBytes += len;
        this.outMsgs++;
        let proto;
        if (options.headers) {
            if (options.reply) {
                proto = `HPUB ${subject} ${options.reply} ${hlen} ${len}\r\n`;
            }
            else {
                proto = `HPUB ${subject} ${hlen} ${len}\r\n`;
            }
            this.sendCommand(proto, headers, data, transport_1.CRLF);
        }
        else {
            if (options.reply) {
                proto = `PUB ${subject} ${options.reply} ${len}\r\n`;
            }
            else {
                proto = `PUB ${subject} ${len}\r\n`;
            }
            this.sendCommand(proto, data, transport_1.CRLF);
        }
    }
    request(r) {
        this.initMux();
        this.muxSubscriptions.add(r);
        return r;
    }
    subscribe(s) {
        this.subscriptions.add(s);
        this._subunsub(s);
        return s;
    }
    _sub(s) {
        if (s.queue) {
            this.sendCommand(`SUB ${s.subject} ${s.queue} ${s.sid}\r\n`);
        }
        else {
            this.sendCommand(`SUB ${s.subject} ${s.sid}\r\n`);
        }
    }
    _subunsub(s) {
        this._sub(s);
        if (s.max) {
            this.unsubscribe(s, s.max);
        }
        return s;
    }
    unsubscribe(s, max) {
        this.unsub(s, max);
        if (s.max === undefined || s.received >= s.max) {
            this.subscriptions.cancel(s);
        }
    }
    unsub(s, max) {
        if (!s || this.isClosed()) {
            return;
        }
        if (max) {
            this.sendCommand(`UNSUB ${s.sid} ${max}\r\n`);
        }
        else {
            this.sendCommand(`UNSUB ${s.sid}\r\n`);
        }
        s.max = max;
    }
    resub(s, subject) {
        if (!s || this.isClosed()) {
            return;
        }
        this.unsub(s);
        s.subject = subject;
        this.subscriptions.resub(s);
        // we don't auto-unsub here because we don't
        // really know "processed"
        this._sub(s);
    }
    flush(p) {
        if (!p) {
            p = (0, util_1.deferred)();
        }
        this.pongs.push(p);
        this.outbound.fill(PING_CMD);
        this.flushPending();
        return p;
    }
    sendSubscriptions() {
        const cmds = [];
        this.subscriptions.all().forEach((s) => {
            const sub = s;
            if (sub.queue) {
                cmds.push(`SUB ${sub.subject} ${sub.queue} ${sub.sid}${transport_1.CR_LF}`);
            }
            else {
                cmds.push(`SUB ${sub.subject} ${sub.sid}${transport_1.CR_LF}`);
            }
        });
        if (cmds.length) {
            this.transport.send((0, encoders_1.encode)(cmds.join("")));
        }
    }
    async close(err) {
        if (this._closed) {
            return;
        }
        this.whyClosed = new Error("close trace").stack || "";
        this.heartbeats.cancel();
        if (this.connectError) {
            this.connectError(err);
            this.connectError = undefined;
        }
        this.muxSubscriptions.close();
        this.subscriptions.close();
        const proms = [];
        for (let i = 0; i < this.listeners.length; i++) {
            const qi = this.listeners[i];
            if (qi) {
                qi.push({ type: "close" });
                qi.stop();
                proms.push(qi.iterClosed);
            }
        }
        if (proms.length) {
            await Promise.all(proms);
        }
        this._closed = true;
        await this.transport.close(err);
        this.raceTimer?.cancel();
        this.dialDelay?.cancel();
        this.closed.resolve(err);
    }
    isClosed() {
        return this._closed;
    }
    async drain() {
        const subs = this.subscriptions.all();
        const promises = [];
        subs.forEach((sub) => {
            promises.push(sub.drain());
        });
        try {
            await Promise.allSettled(promises);
        }
        catch {
            // nothing we can do here
        }
        finally {
            this.noMorePublishing = true;
            await this.flush();
        }
        return this.close();
    }
    flushPending() {
        if (!this.infoReceived || !this.connected) {
            return;
        }
        if (this.outbound.size()) {
            const d = this.outbound.drain();
            this.transport.send(d);
        }
    }
    initMux() {
        const mux = this.subscriptions.getMux();
        if (!mux) {
            const inbox = this.muxSubscriptions.init(this.options.inboxPrefix);
            // dot is already part of mux
            const sub = new SubscriptionImpl(this, `${inbox}*`);
            sub.callback = this.muxSubscriptions.dispatcher();
            this.subscriptions.setMux(sub);
            this.subscribe(sub);
        }
    }
    selectServer() {
        const server = this.servers.selectServer();
        if (server === undefined) {
            return undefined;
        }
        // Place in client context.
        this.server = server;
        return this.server;
    }
    getServer() {
        return this.server;
    }
}
exports.ProtocolHandler = ProtocolHandler;
//# sourceMappingURL=protocol.js.map

/***/ }),

/***/ 948:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.QueuedIteratorImpl = void 0;
const util_1 = __nccwpck_require__(1558);
const errors_1 = __nccwpck_require__(4805);
class QueuedIteratorImpl {
    inflight;
    processed;
    // this is updated by the protocol
    received;
    noIterator;
    iterClosed;
    done;
    signal;
    yields;
    filtered;
    pendingFiltered;
    ctx;
    _data; //data is for use by extenders in any way they like
    err;
    time;
    profile;
    yielding;
    didBreak;
    constructor() {
        this.inflight = 0;
        this.filtered = 0;
        this.pendingFiltered = 0;
        this.processed = 0;
        this.received = 0;
        this.noIterator = false;
        this.done = false;
        this.signal = (0, util_1.deferred)();
        this.yields = [];
        this.iterClosed = (0, util_1.deferred)();
        this.time = 0;
        this.yielding = false;
        this.didBreak = false;
        this.profile = false;
    }
    [Symbol.asyncIterator]() {
        return this.iterate();
    }
    push(v) {
        if (this.done) {
            return;
        }
        // if they `break` from a `for await`, any signaling that is pushed via
        // a function is not handled this can prevent closed promises from
        // resolving downstream.
        if (this.didBreak) {
            if (typeof v === "function") {
                const cb = v;
                try {
                    cb();
                }
                catch (_) {
                    // ignored
                }
            }
            return;
        }
        if (typeof v === "function") {
            this.pendingFiltered++;
        }
        this.yields.push(v);
        this.signal.resolve();
    }
    async *iterate() {
        if (this.noIterator) {
            throw new errors_1.InvalidOperationError("iterator cannot be used when a callback is registered");
        }
        if (this.yielding) {
            throw new errors_1.InvalidOperationError("iterator is already yielding");
        }
        this.yielding = true;
        try {
            while (true) {
                if (this.yields.length === 0) {
                    await this.signal;
                }
                if (this.err) {
                    throw this.err;
                }
                const yields = this.yields;
                this.inflight = yields.length;
                this.yields = [];
                for (let i = 0; i < yields.length; i++) {
                    if (typeof yields[i] === "function") {
                        this.pendingFiltered--;
                        const fn = yields[i];
                        try {
                            fn();
                        }
                        catch (err) {
                            // failed on the invocation - fail the iterator
                            // so they know to fix the callback
                            throw err;
                        }
                        // fn could have also set an error
                        if (this.err) {
                            throw this.err;
                        }
                        continue;
                    }
                    this.processed++;
                    this.inflight--;
                    const start = this.profile ? Date.now() : 0;
                    yield yields[i];
                    this.time = this.profile ? Date.now() - start : 0;
                }
                // yielding could have paused and microtask
                // could have added messages. Prevent allocations
                // if possible
                if (this.done) {
                    break;
                }
                else if (this.yields.length === 0) {
                    yields.length = 0;
                    this.yields = yields;
                    this.signal = (0, util_1.deferred)();
                }
            }
        }
        finally {
            // the iterator used break/return
            this.didBreak = true;
            this.stop();
        }
    }
    stop(err) {
        if (this.done) {
            return;
        }
        this.err = err;
        this.done = true;
        this.signal.resolve();
        this.iterClosed.resolve(err);
    }
    getProcessed() {
        return this.noIterator ? this.received : this.processed;
    }
    getPending() {
        return this.yields.length + this.inflight - this.pendingFiltered;
    }
    getReceived() {
        return this.received - this.filtered;
    }
}
exports.QueuedIteratorImpl = QueuedIteratorImpl;
//# sourceMappingURL=queued_iterator.js.map

/***/ }),

/***/ 6089:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RequestOne = exports.RequestMany = exports.BaseRequest = void 0;
const util_1 = __nccwpck_require__(1558);
const errors_1 = __nccwpck_require__(4805);
class BaseRequest {
    token;
    received;
    ctx;
    requestSubject;
    mux;
    constructor(mux, requestSubject, asyncTraces = true) {
        this.mux = mux;
        this.requestSubject = requestSubject;
        this.received = 0;
        this.token = (0, util_1.randomToken)();
        if (asyncTraces) {
            this.ctx = new errors_1.RequestError();
        }
    }
}
exports.BaseRequest = BaseRequest;
/**
 * Request expects multiple message response
 * the request ends when the timer expires,
 * an error arrives or an expected count of messages
 * arrives, end is signaled by a null message
 */
class RequestMany extends BaseRequest {
    callback;
    done;
    timer;
    max;
    opts;
    constructor(mux, requestSubject, opts = { maxWait: 1000 }) {
        super(mux, requestSubject);
        this.opts = opts;
        if (typeof this.opts.callback !== "function") {
            throw new TypeError("callback must be a function");
        }
        this.callback = this.opts.callback;
        this.max = typeof opts.maxMessages === "number" && opts.maxMessages > 0
            ? opts.maxMessages
            : -1;
        this.done = (0, util_1.deferred)();
        this.done.then(() => {
            this.callback(null, null);
        });
        // @ts-ignore: node is not a number
        this.timer = setTimeout(() => {
            this.cancel();
        }, opts.maxWait);
    }
    cancel(err) {
        if (err) {
            this.callback(err, null);
        }
        clearTimeout(this.timer);
        this.mux.cancel(this);
        this.done.resolve();
    }
    resolver(err, msg) {
        if (err) {
            if (this.ctx) {
                err.stack += `\n\n${this.ctx.stack}`;
            }
            this.cancel(err);
        }
        else {
            this.callback(null, msg);
            if (this.opts.strategy === "count") {
                this.max--;
                if (this.max === 0) {
                    this.cancel();
                }
            }
            if (this.opts.strategy === "stall") {
                clearTimeout(this.timer);
                // @ts-ignore: node is not a number
                this.timer = setTimeout(() => {
                    this.cancel();
                }, this.opts.stall || 300);
            }
            if (this.opts.strategy === "sentinel") {
                if (msg && msg.data.length === 0) {
                    this.cancel();
                }
            }
        }
    }
}
exports.RequestMany = RequestMany;
class RequestOne extends BaseRequest {
    deferred;
    timer;
    constructor(mux, requestSubject, opts = { timeout: 1000 }, asyncTraces = true) {
        super(mux, requestSubject, asyncTraces);
        // extend(this, opts);
        this.deferred = (0, util_1.deferred)();
        this.timer = (0, util_1.timeout)(opts.timeout, asyncTraces);
    }
    resolver(err, msg) {
        if (this.timer) {
            this.timer.cancel();
        }
        if (err) {
            // we have proper stack on timeout
            if (!(err instanceof errors_1.TimeoutError)) {
                if (this.ctx) {
                    this.ctx.message = err.message;
                    this.ctx.cause = err;
                    err = this.ctx;
                }
                else {
                    err = new errors_1.errors.RequestError(err.message, { cause: err });
                }
            }
            this.deferred.reject(err);
        }
        else {
            this.deferred.resolve(msg);
        }
        this.cancel();
    }
    cancel(err) {
        if (this.timer) {
            this.timer.cancel();
        }
        this.mux.cancel(this);
        this.deferred.reject(err ? err : new errors_1.RequestError("cancelled"));
    }
}
exports.RequestOne = RequestOne;
//# sourceMappingURL=request.js.map

/***/ }),

/***/ 1938:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright 2022-2023 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Features = exports.Feature = void 0;
exports.parseSemVer = parseSemVer;
exports.compare = compare;
function parseSemVer(s = "") {
    const m = s.match(/(\d+).(\d+).(\d+)/);
    if (m) {
        return {
            major: parseInt(m[1]),
            minor: parseInt(m[2]),
            micro: parseInt(m[3]),
        };
    }
    throw new Error(`'${s}' is not a semver value`);
}
function compare(a, b) {
    if (a.major < b.major)
        return -1;
    if (a.major > b.major)
        return 1;
    if (a.minor < b.minor)
        return -1;
    if (a.minor > b.minor)
        return 1;
    if (a.micro < b.micro)
        return -1;
    if (a.micro > b.micro)
        return 1;
    return 0;
}
exports.Feature = {
    JS_KV: "js_kv",
    JS_OBJECTSTORE: "js_objectstore",
    JS_PULL_MAX_BYTES: "js_pull_max_bytes",
    JS_NEW_CONSUMER_CREATE_API: "js_new_consumer_create",
    JS_ALLOW_DIRECT: "js_allow_direct",
    JS_MULTIPLE_CONSUMER_FILTER: "js_multiple_consumer_filter",
    JS_SIMPLIFICATION: "js_simplification",
    JS_STREAM_CONSUMER_METADATA: "js_stream_consumer_metadata",
    JS_CONSUMER_FILTER_SUBJECTS: "js_consumer_filter_subjects",
    JS_STREAM_FIRST_SEQ: "js_stream_first_seq",
    JS_STREAM_SUBJECT_TRANSFORM: "js_stream_subject_transform",
    JS_STREAM_SOURCE_SUBJECT_TRANSFORM: "js_stream_source_subject_transform",
    JS_STREAM_COMPRESSION: "js_stream_compression",
    JS_DEFAULT_CONSUMER_LIMITS: "js_default_consumer_limits",
    JS_BATCH_DIRECT_GET: "js_batch_direct_get",
    JS_PRIORITY_GROUPS: "js_priority_groups",
    JS_CONSUMER_RESET: "js_consumer_reset",
};
class Features {
    server;
    features;
    disabled;
    constructor(v) {
        this.features = new Map();
        this.disabled = [];
        this.update(v);
    }
    /**
     * Removes all disabled entries
     */
    resetDisabled() {
        this.disabled.length = 0;
        this.update(this.server);
    }
    /**
     * Disables a particular feature.
     * @param f
     */
    disable(f) {
        this.disabled.push(f);
        this.update(this.server);
    }
    isDisabled(f) {
        return this.disabled.indexOf(f) !== -1;
    }
    update(v) {
        if (typeof v === "string") {
            v = parseSemVer(v);
        }
        this.server = v;
        this.set(exports.Feature.JS_KV, "2.6.2");
        this.set(exports.Feature.JS_OBJECTSTORE, "2.6.3");
        this.set(exports.Feature.JS_PULL_MAX_BYTES, "2.8.3");
        this.set(exports.Feature.JS_NEW_CONSUMER_CREATE_API, "2.9.0");
        this.set(exports.Feature.JS_ALLOW_DIRECT, "2.9.0");
        this.set(exports.Feature.JS_MULTIPLE_CONSUMER_FILTER, "2.10.0");
        this.set(exports.Feature.JS_SIMPLIFICATION, "2.9.4");
        this.set(exports.Feature.JS_STREAM_CONSUMER_METADATA, "2.10.0");
        this.set(exports.Feature.JS_CONSUMER_FILTER_SUBJECTS, "2.10.0");
        this.set(exports.Feature.JS_STREAM_FIRST_SEQ, "2.10.0");
        this.set(exports.Feature.JS_STREAM_SUBJECT_TRANSFORM, "2.10.0");
        this.set(exports.Feature.JS_STREAM_SOURCE_SUBJECT_TRANSFORM, "2.10.0");
        this.set(exports.Feature.JS_STREAM_COMPRESSION, "2.10.0");
        this.set(exports.Feature.JS_DEFAULT_CONSUMER_LIMITS, "2.10.0");
        this.set(exports.Feature.JS_BATCH_DIRECT_GET, "2.11.0");
        this.set(exports.Feature.JS_PRIORITY_GROUPS, "2.11.0");
        this.set(exports.Feature.JS_CONSUMER_RESET, "2.14.0");
        this.disabled.forEach((f) => {
            this.features.delete(f);
        });
    }
    /**
     * Register a feature that requires a particular server version.
     * @param f
     * @param requires
     */
    set(f, requires) {
        this.features.set(f, {
            min: requires,
            ok: compare(this.server, parseSemVer(requires)) >= 0,
        });
    }
    /**
     * Returns whether the feature is available and the min server
     * version that supports it.
     * @param f
     */
    get(f) {
        return this.features.get(f) || { min: "unknown", ok: false };
    }
    /**
     * Returns true if the feature is supported
     * @param f
     */
    supports(f) {
        return this.get(f)?.ok || false;
    }
    /**
     * Returns true if the server is at least the specified version
     * @param v
     */
    require(v) {
        if (typeof v === "string") {
            v = parseSemVer(v);
        }
        return compare(this.server, v) >= 0;
    }
}
exports.Features = Features;
//# sourceMappingURL=semver.js.map

/***/ }),

/***/ 6044:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Servers = exports.ServerImpl = void 0;
exports.isIPV4OrHostname = isIPV4OrHostname;
exports.hostPort = hostPort;
/*
 * Copyright 2018-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const transport_1 = __nccwpck_require__(6793);
const util_1 = __nccwpck_require__(1558);
const ipparser_1 = __nccwpck_require__(4084);
const core_1 = __nccwpck_require__(3629);
const errors_1 = __nccwpck_require__(4805);
function isIPV4OrHostname(hp) {
    // in the wild seeing IPv4s as IPv6s
    // ::ffff:35.234.43.228 which incorrectly get mapped to IPv4 unless
    // we add this test first
    if (hp.indexOf("[") !== -1 || hp.indexOf("::") !== -1) {
        return false;
    }
    if (hp.indexOf(".") !== -1) {
        return true;
    }
    // if we have a plain hostname or host:port
    if (hp.split(":").length <= 2) {
        return true;
    }
    return false;
}
function isIPV6(hp) {
    return !isIPV4OrHostname(hp);
}
function filterIpv6MappedToIpv4(hp) {
    const prefix = "::FFFF:";
    const idx = hp.toUpperCase().indexOf(prefix);
    if (idx !== -1 && hp.indexOf(".") !== -1) {
        // we have something like: ::FFFF:127.0.0.1 or [::FFFF:127.0.0.1]:4222
        let ip = hp.substring(idx + prefix.length);
        ip = ip.replace("[", "");
        return ip.replace("]", "");
    }
    return hp;
}
function hostPort(u) {
    u = u.trim();
    // remove any protocol that may have been provided
    if (u.match(/^(.*:\/\/)(.*)/m)) {
        u = u.replace(/^(.*:\/\/)(.*)/gm, "$2");
    }
    // in web environments, URL may not be a living standard
    // that means that protocols other than HTTP/S are not
    // parsable correctly.
    // the third complication is that we may have been given
    // an IPv6 or worse IPv6 mapping an Ipv4
    u = filterIpv6MappedToIpv4(u);
    // we only wrap cases where they gave us a plain ipv6
    // and we are not already bracketed
    if (isIPV6(u) && u.indexOf("[") === -1) {
        u = `[${u}]`;
    }
    // if we have ipv6, we expect port after ']:' otherwise after ':'
    const op = isIPV6(u) ? u.match(/(]:)(\d+)/) : u.match(/(:)(\d+)/);
    const port = op && op.length === 3 && op[1] && op[2]
        ? parseInt(op[2])
        : core_1.DEFAULT_PORT;
    // the next complication is that new URL() may
    // eat ports which match the protocol - so for example
    // port 80 may be eliminated - so we flip the protocol
    // so that it always yields a value
    const protocol = port === 80 ? "https" : "http";
    const url = new URL(`${protocol}://${u}`);
    url.port = `${port}`;
    let hostname = url.hostname;
    // if we are bracketed, we need to rip it out
    if (hostname.charAt(0) === "[") {
        hostname = hostname.substring(1, hostname.length - 1);
    }
    const listen = url.host;
    return { listen, hostname, port };
}
/**
 * @hidden
 */
class ServerImpl {
    src;
    listen;
    hostname;
    port;
    didConnect;
    reconnects;
    lastConnect;
    gossiped;
    tlsName;
    resolves;
    constructor(u, gossiped = false) {
        this.src = u;
        this.tlsName = "";
        const v = hostPort(u);
        this.listen = v.listen;
        this.hostname = v.hostname;
        this.port = v.port;
        this.didConnect = false;
        this.reconnects = 0;
        this.lastConnect = 0;
        this.gossiped = gossiped;
    }
    toString() {
        return this.listen;
    }
    async resolve(opts) {
        if (!opts.fn || opts.resolve === false) {
            // we cannot resolve - transport doesn't support it
            // or user opted out
            // don't add - to resolves or we get a circ reference
            return [this];
        }
        const buf = [];
        if ((0, ipparser_1.isIP)(this.hostname)) {
            // don't add - to resolves or we get a circ reference
            return [this];
        }
        else {
            // resolve the hostname to ips
            const ips = await opts.fn(this.hostname);
            if (opts.debug) {
                console.log(`resolve ${this.hostname} = ${ips.join(",")}`);
            }
            for (const ip of ips) {
                // letting URL handle the details of representing IPV6 ip with a port, etc
                // careful to make sure the protocol doesn't line with standard ports or they
                // get swallowed
                const proto = this.port === 80 ? "https" : "http";
                // ipv6 won't be bracketed here, because it came from resolve
                const url = new URL(`${proto}://${isIPV6(ip) ? "[" + ip + "]" : ip}`);
                url.port = `${this.port}`;
                const ss = new ServerImpl(url.host, false);
                ss.tlsName = this.hostname;
                buf.push(ss);
            }
        }
        if (opts.randomize) {
            (0, util_1.shuffle)(buf);
        }
        this.resolves = buf;
        return buf;
    }
}
exports.ServerImpl = ServerImpl;
/**
 * @hidden
 */
class Servers {
    firstSelect;
    servers;
    currentServer;
    tlsName;
    randomize;
    constructor(opts = {}) {
        this.firstSelect = true;
        this.servers = [];
        this.tlsName = "";
        this.randomize = opts.randomize || false;
    }
    /**
     * Replace the server pool with the provided list of `host:port` entries.
     *
     * Throws `InvalidArgumentError` if `listens` is empty or not an array.
     *
     * Note: reconnect attempts continue to follow the configured reconnect
     * policy, but if every entry in the new pool is unreachable the
     * connection may be left unable to recover.
     */
    setServers(listens) {
        if (!Array.isArray(listens) || listens.length === 0) {
            throw errors_1.InvalidArgumentError.format("servers", "cannot be empty");
        }
        const urlParseFn = (0, transport_1.getUrlParseFn)();
        const existing = new Map();
        for (const s of this.servers)
            existing.set(s.listen, s);
        const merged = [];
        for (let hp of listens) {
            hp = urlParseFn ? urlParseFn(hp) : hp;
            const { listen } = hostPort(hp);
            const surviving = existing.get(listen);
            if (surviving) {
                // user-supplied = not gossiped. otherwise a later cluster update()
                // could remove an entry the user explicitly asked for.
                surviving.gossiped = false;
                merged.push(surviving);
            }
            else {
                merged.push(new ServerImpl(hp));
            }
        }
        if (this.randomize)
            (0, util_1.shuffle)(merged);
        this.servers = merged;
        if (this.currentServer === undefined ||
            !merged.includes(this.currentServer)) {
            this.currentServer = merged[0];
            this.firstSelect = true;
        }
    }
    clear() {
        this.servers.length = 0;
    }
    updateTLSName() {
        const cs = this.getCurrentServer();
        if (!(0, ipparser_1.isIP)(cs.hostname)) {
            this.tlsName = cs.hostname;
            this.servers.forEach((s) => {
                if (s.gossiped) {
                    s.tlsName = this.tlsName;
                }
            });
        }
    }
    getCurrentServer() {
        return this.currentServer;
    }
    addServer(u, implicit = false) {
        const urlParseFn = (0, transport_1.getUrlParseFn)();
        u = urlParseFn ? urlParseFn(u) : u;
        const s = new ServerImpl(u, implicit);
        if ((0, ipparser_1.isIP)(s.hostname)) {
            s.tlsName = this.tlsName;
        }
        this.servers.push(s);
    }
    selectServer() {
        // allow using select without breaking the order of the servers
        if (this.firstSelect) {
            this.firstSelect = false;
            return this.currentServer;
        }
        const t = this.servers.shift();
        if (t) {
            this.servers.push(t);
            this.currentServer = t;
        }
        return t;
    }
    removeCurrentServer() {
        this.removeServer(this.currentServer);
    }
    removeServer(server) {
        if (server) {
            const index = this.servers.indexOf(server);
            this.servers.splice(index, 1);
        }
    }
    /**
     * Returns a frozen snapshot of the server pool in natural order.
     * Each entry is a defensive copy — callers cannot mutate pool state.
     */
    snapshot() {
        return Servers.freezeAll(this.servers);
    }
    /**
     * Returns a frozen snapshot of the server pool with the current server
     * (= next dial candidate) at index 0. Used to present the handler with
     * the server the library would have selected.
     */
    snapshotForHandler() {
        const cur = this.currentServer;
        if (!cur)
            return this.snapshot();
        const idx = this.servers.indexOf(cur);
        if (idx <= 0)
            return this.snapshot();
        return Servers.freezeAll([cur, ...this.servers.slice(0, idx), ...this.servers.slice(idx + 1)]);
    }
    static freezeAll(arr) {
        return arr.map((s) => Object.freeze({
            hostname: s.hostname,
            port: s.port,
            listen: s.listen,
            src: s.src,
            tlsName: s.tlsName,
            reconnects: s.reconnects,
            lastConnect: s.lastConnect,
            gossiped: s.gossiped,
            didConnect: s.didConnect,
        }));
    }
    find(server) {
        return this.servers.find((s) => s.listen === server.listen);
    }
    setCurrent(server) {
        this.currentServer = server;
    }
    length() {
        return this.servers.length;
    }
    next() {
        return this.servers.length ? this.servers[0] : undefined;
    }
    getServers() {
        return this.servers;
    }
    update(info, encrypted) {
        const added = [];
        let deleted = [];
        const urlParseFn = (0, transport_1.getUrlParseFn)();
        const discovered = new Map();
        if (info.connect_urls && info.connect_urls.length > 0) {
            info.connect_urls.forEach((hp) => {
                hp = urlParseFn ? urlParseFn(hp, encrypted) : hp;
                const s = new ServerImpl(hp, true);
                discovered.set(hp, s);
            });
        }
        // remove gossiped servers that are no longer reported
        const toDelete = [];
        this.servers.forEach((s, index) => {
            const u = s.listen;
            if (s.gossiped && this.currentServer.listen !== u &&
                discovered.get(u) === undefined) {
                // server was removed
                toDelete.push(index);
            }
            // remove this entry from reported
            discovered.delete(u);
        });
        // perform the deletion
        toDelete.reverse();
        toDelete.forEach((index) => {
            const removed = this.servers.splice(index, 1);
            deleted = deleted.concat(removed[0].listen);
        });
        // remaining servers are new
        discovered.forEach((v, k) => {
            this.servers.push(v);
            added.push(k);
        });
        // shuffle the pool so reconnect picks distribute across the cluster.
        // currentServer is held at the head — the live connection isn't
        // disturbed, but rotation order through the rest is randomized.
        if (this.randomize && added.length > 0) {
            const cur = this.currentServer;
            const others = this.servers.filter((s) => s !== cur);
            (0, util_1.shuffle)(others);
            this.servers = cur ? [cur, ...others] : others;
        }
        return { added, deleted };
    }
}
exports.Servers = Servers;
//# sourceMappingURL=servers.js.map

/***/ }),

/***/ 6793:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LF = exports.CR = exports.CRLF = exports.CR_LF_LEN = exports.CR_LF = void 0;
exports.setTransportFactory = setTransportFactory;
exports.defaultPort = defaultPort;
exports.getUrlParseFn = getUrlParseFn;
exports.newTransport = newTransport;
exports.getResolveFn = getResolveFn;
exports.protoLen = protoLen;
exports.extractProtocolMessage = extractProtocolMessage;
/*
 * Copyright 2020-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const encoders_1 = __nccwpck_require__(8447);
const core_1 = __nccwpck_require__(3629);
const databuffer_1 = __nccwpck_require__(3748);
let transportConfig;
function setTransportFactory(config) {
    transportConfig = config;
}
function defaultPort() {
    return transportConfig !== undefined &&
        transportConfig.defaultPort !== undefined
        ? transportConfig.defaultPort
        : core_1.DEFAULT_PORT;
}
function getUrlParseFn() {
    return transportConfig !== undefined && transportConfig.urlParseFn
        ? transportConfig.urlParseFn
        : undefined;
}
function newTransport() {
    if (!transportConfig || typeof transportConfig.factory !== "function") {
        throw new Error("transport fn is not set");
    }
    return transportConfig.factory();
}
function getResolveFn() {
    return transportConfig !== undefined && transportConfig.dnsResolveFn
        ? transportConfig.dnsResolveFn
        : undefined;
}
exports.CR_LF = "\r\n";
exports.CR_LF_LEN = exports.CR_LF.length;
exports.CRLF = databuffer_1.DataBuffer.fromAscii(exports.CR_LF);
exports.CR = new Uint8Array(exports.CRLF)[0]; // 13
exports.LF = new Uint8Array(exports.CRLF)[1]; // 10
function protoLen(ba) {
    for (let i = 0; i < ba.length; i++) {
        const n = i + 1;
        if (ba.byteLength > n && ba[i] === exports.CR && ba[n] === exports.LF) {
            return n + 1;
        }
    }
    return 0;
}
function extractProtocolMessage(a) {
    // protocol messages are ascii, so Uint8Array
    const len = protoLen(a);
    if (len > 0) {
        const ba = new Uint8Array(a);
        const out = ba.slice(0, len);
        return encoders_1.TD.decode(out);
    }
    return "";
}
//# sourceMappingURL=transport.js.map

/***/ }),

/***/ 9761:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Empty = void 0;
var encoders_1 = __nccwpck_require__(8447);
Object.defineProperty(exports, "Empty", ({ enumerable: true, get: function () { return encoders_1.Empty; } }));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 1558:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SimpleMutex = exports.Perf = void 0;
exports.extend = extend;
exports.render = render;
exports.timeout = timeout;
exports.delay = delay;
exports.deadline = deadline;
exports.deferred = deferred;
exports.debugDeferred = debugDeferred;
exports.shuffle = shuffle;
exports.collect = collect;
exports.jitter = jitter;
exports.backoff = backoff;
exports.nanos = nanos;
exports.millis = millis;
exports.randomToken = randomToken;
/*
 * Copyright 2018-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
// deno-lint-ignore-file no-explicit-any
const encoders_1 = __nccwpck_require__(8447);
const errors_1 = __nccwpck_require__(4805);
function extend(a, ...b) {
    for (let i = 0; i < b.length; i++) {
        const o = b[i];
        Object.keys(o).forEach(function (k) {
            a[k] = o[k];
        });
    }
    return a;
}
function render(frame) {
    const cr = "␍";
    const lf = "␊";
    return encoders_1.TD.decode(frame)
        .replace(/\n/g, lf)
        .replace(/\r/g, cr);
}
function timeout(ms, asyncTraces = true) {
    // by generating the stack here to help identify what timed out
    const err = asyncTraces ? new errors_1.TimeoutError() : null;
    let methods;
    let timer;
    const p = new Promise((_resolve, reject) => {
        const cancel = () => {
            if (timer) {
                clearTimeout(timer);
            }
        };
        methods = { cancel };
        // @ts-ignore: node is not a number
        timer = setTimeout(() => {
            if (err === null) {
                reject(new errors_1.TimeoutError());
            }
            else {
                reject(err);
            }
        }, ms);
    });
    // noinspection JSUnusedAssignment
    return Object.assign(p, methods);
}
function delay(ms = 0) {
    let methods;
    const p = new Promise((resolve) => {
        const timer = setTimeout(() => {
            resolve();
        }, ms);
        const cancel = () => {
            if (timer) {
                clearTimeout(timer);
                resolve();
            }
        };
        methods = { cancel };
    });
    return Object.assign(p, methods);
}
async function deadline(p, millis = 1000) {
    const d = deferred();
    const timer = setTimeout(() => {
        d.reject(new errors_1.TimeoutError());
    }, millis);
    try {
        return await Promise.race([p, d]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Returns a Promise that has a resolve/reject methods that can
 * be used to resolve and defer the Deferred.
 */
function deferred() {
    let methods = {};
    const p = new Promise((resolve, reject) => {
        methods = { resolve, reject };
    });
    return Object.assign(p, methods);
}
function debugDeferred() {
    let methods = {};
    const p = new Promise((resolve, reject) => {
        methods = {
            resolve: (v) => {
                console.trace("resolve", v);
                resolve(v);
            },
            reject: (err) => {
                console.trace("reject");
                reject(err);
            },
        };
    });
    return Object.assign(p, methods);
}
function shuffle(a) {
    for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
}
async function collect(iter) {
    const buf = [];
    for await (const v of iter) {
        buf.push(v);
    }
    return buf;
}
class Perf {
    timers;
    measures;
    constructor() {
        this.timers = new Map();
        this.measures = new Map();
    }
    mark(key) {
        this.timers.set(key, performance.now());
    }
    measure(key, startKey, endKey) {
        const s = this.timers.get(startKey);
        if (s === undefined) {
            throw new Error(`${startKey} is not defined`);
        }
        const e = this.timers.get(endKey);
        if (e === undefined) {
            throw new Error(`${endKey} is not defined`);
        }
        this.measures.set(key, e - s);
    }
    getEntries() {
        const values = [];
        this.measures.forEach((v, k) => {
            values.push({ name: k, duration: v });
        });
        return values;
    }
}
exports.Perf = Perf;
class SimpleMutex {
    max;
    current;
    waiting;
    /**
     * @param max number of concurrent operations
     */
    constructor(max = 1) {
        this.max = max;
        this.current = 0;
        this.waiting = [];
    }
    /**
     * Returns a promise that resolves when the mutex is acquired
     */
    lock() {
        // increment the count
        this.current++;
        // if we have runners, resolve it
        if (this.current <= this.max) {
            return Promise.resolve();
        }
        // otherwise defer it
        const d = deferred();
        this.waiting.push(d);
        return d;
    }
    /**
     * Release an acquired mutex - must be called
     */
    unlock() {
        // decrement the count
        this.current--;
        // if we have deferred, resolve one
        const d = this.waiting.pop();
        d?.resolve();
    }
}
exports.SimpleMutex = SimpleMutex;
/**
 * Returns a new number between  .5*n and 1.5*n.
 * If the n is 0, returns 0.
 * @param n
 */
function jitter(n) {
    if (n === 0) {
        return 0;
    }
    return Math.floor(n / 2 + Math.random() * n);
}
/**
 * Returns a Backoff with the specified interval policy set.
 * @param policy
 */
function backoff(policy = [0, 250, 250, 500, 500, 3000, 5000]) {
    if (!Array.isArray(policy)) {
        policy = [0, 250, 250, 500, 500, 3000, 5000];
    }
    const max = policy.length - 1;
    return {
        backoff(attempt) {
            return jitter(attempt > max ? policy[max] : policy[attempt]);
        },
    };
}
/**
 * Converts the specified millis into Nanos
 * @param millis
 */
function nanos(millis) {
    return millis * 1000000;
}
/**
 * Convert the specified Nanos into millis
 * @param ns
 */
function millis(ns) {
    return Math.floor(ns / 1000000);
}
const tokenDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const tokenDigitCodes = new Uint8Array(62);
for (let i = 0; i < 62; i++)
    tokenDigitCodes[i] = tokenDigits.charCodeAt(i);
// 62^8 = 218,340,105,584,896 — fits safely in Number.MAX_SAFE_INTEGER (2^53-1).
const tokenSpace = 218340105584896;
/**
 * Returns an 8-char base62 token from `Math.random()`. Used as the per-request
 * suffix on a shared `_INBOX.<nuid>.*` mux subscription — mirrors the
 * `replySuffixLen=8` token generated by nats.go in `(nc *Conn).newRespInbox`.
 *
 * Not cryptographically random and does not check for collisions. Collision
 * avoidance relies on (a) the per-connection nuid prefix isolating namespace
 * across connections, and (b) the in-flight token set being small relative
 * to the 62^8 ≈ 2.18e14 space.
 */
function randomToken() {
    let n = Math.floor(Math.random() * tokenSpace);
    let d = n % 62;
    const c0 = tokenDigitCodes[d];
    n = (n - d) / 62;
    d = n % 62;
    const c1 = tokenDigitCodes[d];
    n = (n - d) / 62;
    d = n % 62;
    const c2 = tokenDigitCodes[d];
    n = (n - d) / 62;
    d = n % 62;
    const c3 = tokenDigitCodes[d];
    n = (n - d) / 62;
    d = n % 62;
    const c4 = tokenDigitCodes[d];
    n = (n - d) / 62;
    d = n % 62;
    const c5 = tokenDigitCodes[d];
    n = (n - d) / 62;
    d = n % 62;
    const c6 = tokenDigitCodes[d];
    n = (n - d) / 62;
    const c7 = tokenDigitCodes[n];
    return String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7);
}
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 136:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.version = void 0;
// This file is generated - do not edit
exports.version = "3.4.0";
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 3050:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2020-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WsTransport = void 0;
exports.wsUrlParseFn = wsUrlParseFn;
exports.wsconnect = wsconnect;
const util_1 = __nccwpck_require__(1558);
const transport_1 = __nccwpck_require__(6793);
const options_1 = __nccwpck_require__(7450);
const databuffer_1 = __nccwpck_require__(3748);
const protocol_1 = __nccwpck_require__(7210);
const nats_1 = __nccwpck_require__(18);
const version_1 = __nccwpck_require__(136);
const errors_1 = __nccwpck_require__(4805);
const VERSION = version_1.version;
const LANG = "nats.ws";
class WsTransport {
    version;
    lang;
    closeError;
    connected;
    done;
    // @ts-ignore: expecting global WebSocket
    socket;
    options;
    socketClosed;
    encrypted;
    peeked;
    yields;
    signal;
    closedNotification;
    constructor() {
        this.version = VERSION;
        this.lang = LANG;
        this.connected = false;
        this.done = false;
        this.socketClosed = false;
        this.encrypted = false;
        this.peeked = false;
        this.yields = [];
        this.signal = (0, util_1.deferred)();
        this.closedNotification = (0, util_1.deferred)();
    }
    async connect(server, options) {
        const connected = false;
        const ok = (0, util_1.deferred)();
        this.options = options;
        const u = server.src;
        if (options.wsFactory) {
            const { socket, encrypted } = await options.wsFactory(server.src, options);
            this.socket = socket;
            this.encrypted = encrypted;
        }
        else {
            this.encrypted = u.indexOf("wss://") === 0;
            this.socket = new WebSocket(u);
        }
        this.socket.binaryType = "arraybuffer";
        this.socket.onopen = () => {
            if (this.done) {
                this._closed(new Error("aborted"));
            }
            // we don't do anything here...
        };
        this.socket.onmessage = (me) => {
            if (this.done) {
                return;
            }
            this.yields.push(new Uint8Array(me.data));
            if (this.peeked) {
                this.signal.resolve();
                return;
            }
            const t = databuffer_1.DataBuffer.concat(...this.yields);
            const pm = (0, transport_1.extractProtocolMessage)(t);
            if (pm !== "") {
                const m = protocol_1.INFO.exec(pm);
                if (!m) {
                    if (options.debug) {
                        console.error("!!!", (0, util_1.render)(t));
                    }
                    ok.reject(new Error("unexpected response from server"));
                    return;
                }
                try {
                    const info = JSON.parse(m[1]);
                    (0, options_1.checkOptions)(info, this.options);
                    this.peeked = true;
                    this.connected = true;
                    this.signal.resolve();
                    ok.resolve();
                }
                catch (err) {
                    ok.reject(err);
                    return;
                }
            }
        };
        // @ts-ignore: CloseEvent is provided in browsers
        this.socket.onclose = (evt) => {
            let reason;
            if (!evt.wasClean && evt.reason !== "") {
                reason = new Error(evt.reason);
            }
            this._closed(reason);
            this._cleanup();
        };
        // @ts-ignore: signature can be any
        this.socket.onerror = (e) => {
            if (this.done) {
                return;
            }
            const evt = e;
            const err = new errors_1.errors.ConnectionError(evt.message);
            if (!connected) {
                ok.reject(err);
            }
            else {
                this._closed(err);
            }
            this._cleanup();
        };
        return ok;
    }
    _cleanup() {
        if (this.socketClosed === false) {
            // node seems to not emit closed if there's an error
            // all other runtimes do.
            this.socketClosed = true;
            this.socket.onopen = null;
            this.socket.onmessage = null;
            this.socket.onerror = null;
            this.socket.onclose = null;
            this.closedNotification.resolve(this.closeError);
        }
    }
    disconnect() {
        this._closed(undefined, true);
    }
    async _closed(err, _internal = true) {
        if (this.done) {
            try {
                this.socket.close();
            }
            catch (_) {
                // nothing
            }
            return;
        }
        this.closeError = err;
        if (!err) {
            while (!this.socketClosed && this.socket.bufferedAmount > 0) {
                await (0, util_1.delay)(100);
            }
        }
        this.done = true;
        try {
            this.socket.close();
        }
        catch (_) {
            // ignore this
        }
        return this.closedNotification;
    }
    get isClosed() {
        return this.done;
    }
    [Symbol.asyncIterator]() {
        return this.iterate();
    }
    async *iterate() {
        while (true) {
            if (this.done) {
                return;
            }
            if (this.yields.length === 0) {
                await this.signal;
            }
            const yields = this.yields;
            this.yields = [];
            for (let i = 0; i < yields.length; i++) {
                if (this.options.debug) {
                    console.info(`> ${(0, util_1.render)(yields[i])}`);
                }
                yield yields[i];
            }
            // yielding could have paused and microtask
            // could have added messages. Prevent allocations
            // if possible
            if (this.done) {
                break;
            }
            else if (this.yields.length === 0) {
                yields.length = 0;
                this.yields = yields;
                this.signal = (0, util_1.deferred)();
            }
        }
    }
    isEncrypted() {
        return this.connected && this.encrypted;
    }
    send(frame) {
        if (this.done) {
            return;
        }
        try {
            this.socket.send(frame.buffer);
            if (this.options.debug) {
                console.info(`< ${(0, util_1.render)(frame)}`);
            }
            return;
        }
        catch (err) {
            // we ignore write errors because client will
            // fail on a read or when the heartbeat timer
            // detects a stale connection
            if (this.options.debug) {
                console.error(`!!! ${(0, util_1.render)(frame)}: ${err}`);
            }
        }
    }
    close(err) {
        return this._closed(err, false);
    }
    closed() {
        return this.closedNotification;
    }
    // this is to allow a force discard on a connection
    // if the connection fails during the handshake protocol.
    // Firefox for example, will keep connections going,
    // so eventually if it succeeds, the client will have
    // an additional transport running. With this
    discard() {
        this.socket?.close();
    }
}
exports.WsTransport = WsTransport;
function wsUrlParseFn(u, encrypted) {
    const ut = /^(.*:\/\/)(.*)/;
    if (!ut.test(u)) {
        // if we have no hint to encrypted and no protocol, assume encrypted
        // else we fix the url from the update to match
        if (typeof encrypted === "boolean") {
            u = `${encrypted === true ? "https" : "http"}://${u}`;
        }
        else {
            u = `https://${u}`;
        }
    }
    let url = new URL(u);
    const srcProto = url.protocol.toLowerCase();
    if (srcProto === "ws:") {
        encrypted = false;
    }
    if (srcProto === "wss:") {
        encrypted = true;
    }
    if (srcProto !== "https:" && srcProto !== "http") {
        u = u.replace(/^(.*:\/\/)(.*)/gm, "$2");
        url = new URL(`http://${u}`);
    }
    let protocol;
    let port;
    const host = url.hostname;
    const path = url.pathname;
    const search = url.search || "";
    switch (srcProto) {
        case "http:":
        case "ws:":
        case "nats:":
            port = url.port || "80";
            protocol = "ws:";
            break;
        case "https:":
        case "wss:":
        case "tls:":
            port = url.port || "443";
            protocol = "wss:";
            break;
        default:
            port = url.port || encrypted === true ? "443" : "80";
            protocol = encrypted === true ? "wss:" : "ws:";
            break;
    }
    return `${protocol}//${host}:${port}${path}${search}`;
}
function wsconnect(opts = {}) {
    (0, transport_1.setTransportFactory)({
        defaultPort: 443,
        urlParseFn: wsUrlParseFn,
        factory: () => {
            if (opts.tls) {
                throw errors_1.InvalidArgumentError.format("tls", "is not configurable on w3c websocket connections");
            }
            return new WsTransport();
        },
    });
    return nats_1.NatsConnectionImpl.connect(opts);
}
//# sourceMappingURL=ws_transport.js.map

/***/ }),

/***/ 2992:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright 2018-2021 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.base32 = void 0;
// Fork of https://github.com/LinusU/base32-encode
// and https://github.com/LinusU/base32-decode to support returning
// buffers without padding.
/**
 * @ignore
 */
const b32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/**
 * @ignore
 */
class base32 {
    static encode(src) {
        let bits = 0;
        let value = 0;
        const a = new Uint8Array(src);
        const buf = new Uint8Array(src.byteLength * 2);
        let j = 0;
        for (let i = 0; i < a.byteLength; i++) {
            value = (value << 8) | a[i];
            bits += 8;
            while (bits >= 5) {
                const index = (value >>> (bits - 5)) & 31;
                buf[j++] = b32Alphabet.charAt(index).charCodeAt(0);
                bits -= 5;
            }
        }
        if (bits > 0) {
            const index = (value << (5 - bits)) & 31;
            buf[j++] = b32Alphabet.charAt(index).charCodeAt(0);
        }
        return buf.slice(0, j);
    }
    static decode(src) {
        let bits = 0;
        let byte = 0;
        let j = 0;
        const a = new Uint8Array(src);
        const out = new Uint8Array(a.byteLength * 5 / 8 | 0);
        for (let i = 0; i < a.byteLength; i++) {
            const v = String.fromCharCode(a[i]);
            const vv = b32Alphabet.indexOf(v);
            if (vv === -1) {
                throw new Error("Illegal Base32 character: " + a[i]);
            }
            byte = (byte << 5) | vv;
            bits += 5;
            if (bits >= 8) {
                out[j++] = (byte >>> (bits - 8)) & 255;
                bits -= 8;
            }
        }
        return out.slice(0, j);
    }
}
exports.base32 = base32;
//# sourceMappingURL=base32.js.map

/***/ }),

/***/ 8740:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2018-2020 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Codec = void 0;
const crc16_1 = __nccwpck_require__(5903);
const nkeys_1 = __nccwpck_require__(5384);
const base32_1 = __nccwpck_require__(2992);
/**
 * @ignore
 */
class Codec {
    static encode(prefix, src) {
        if (!src || !(src instanceof Uint8Array)) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.SerializationError);
        }
        if (!nkeys_1.Prefixes.isValidPrefix(prefix)) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidPrefixByte);
        }
        return Codec._encode(false, prefix, src);
    }
    static encodeSeed(role, src) {
        if (!src) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ApiError);
        }
        if (!nkeys_1.Prefixes.isValidPublicPrefix(role)) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidPrefixByte);
        }
        if (src.byteLength !== 32) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidSeedLen);
        }
        return Codec._encode(true, role, src);
    }
    static decode(expected, src) {
        if (!nkeys_1.Prefixes.isValidPrefix(expected)) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidPrefixByte);
        }
        const raw = Codec._decode(src);
        if (raw[0] !== expected) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidPrefixByte);
        }
        return raw.slice(1);
    }
    static decodeSeed(src) {
        const raw = Codec._decode(src);
        const prefix = Codec._decodePrefix(raw);
        if (prefix[0] != nkeys_1.Prefix.Seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidSeed);
        }
        if (!nkeys_1.Prefixes.isValidPublicPrefix(prefix[1])) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidPrefixByte);
        }
        return ({ buf: raw.slice(2), prefix: prefix[1] });
    }
    // unsafe encode no prefix/role validation
    static _encode(seed, role, payload) {
        // offsets for this token
        const payloadOffset = seed ? 2 : 1;
        const payloadLen = payload.byteLength;
        const checkLen = 2;
        const cap = payloadOffset + payloadLen + checkLen;
        const checkOffset = payloadOffset + payloadLen;
        const raw = new Uint8Array(cap);
        // make the prefixes human readable when encoded
        if (seed) {
            const encodedPrefix = Codec._encodePrefix(nkeys_1.Prefix.Seed, role);
            raw.set(encodedPrefix);
        }
        else {
            raw[0] = role;
        }
        raw.set(payload, payloadOffset);
        //calculate the checksum write it LE
        const checksum = crc16_1.crc16.checksum(raw.slice(0, checkOffset));
        const dv = new DataView(raw.buffer);
        dv.setUint16(checkOffset, checksum, true);
        return base32_1.base32.encode(raw);
    }
    // unsafe decode - no prefix/role validation
    static _decode(src) {
        if (src.byteLength < 4) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidEncoding);
        }
        let raw;
        try {
            raw = base32_1.base32.decode(src);
        }
        catch (ex) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidEncoding, { cause: ex });
        }
        const checkOffset = raw.byteLength - 2;
        const dv = new DataView(raw.buffer);
        const checksum = dv.getUint16(checkOffset, true);
        const payload = raw.slice(0, checkOffset);
        if (!crc16_1.crc16.validate(payload, checksum)) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidChecksum);
        }
        return payload;
    }
    static _encodePrefix(kind, role) {
        // In order to make this human printable for both bytes, we need to do a little
        // bit manipulation to setup for base32 encoding which takes 5 bits at a time.
        const b1 = kind | (role >> 5);
        const b2 = (role & 31) << 3; // 31 = 00011111
        return new Uint8Array([b1, b2]);
    }
    static _decodePrefix(raw) {
        // Need to do the reverse from the printable representation to
        // get back to internal representation.
        const b1 = raw[0] & 248; // 248 = 11111000
        const b2 = (raw[0] & 7) << 5 | ((raw[1] & 248) >> 3); // 7 = 00000111
        return new Uint8Array([b1, b2]);
    }
}
exports.Codec = Codec;
//# sourceMappingURL=codec.js.map

/***/ }),

/***/ 5903:
/***/ ((__unused_webpack_module, exports) => {


/*
 * Copyright 2018-2020 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.crc16 = void 0;
// An implementation of crc16 according to CCITT standards for XMODEM.
/**
 * @ignore
 */
const crc16tab = new Uint16Array([
    0x0000,
    0x1021,
    0x2042,
    0x3063,
    0x4084,
    0x50a5,
    0x60c6,
    0x70e7,
    0x8108,
    0x9129,
    0xa14a,
    0xb16b,
    0xc18c,
    0xd1ad,
    0xe1ce,
    0xf1ef,
    0x1231,
    0x0210,
    0x3273,
    0x2252,
    0x52b5,
    0x4294,
    0x72f7,
    0x62d6,
    0x9339,
    0x8318,
    0xb37b,
    0xa35a,
    0xd3bd,
    0xc39c,
    0xf3ff,
    0xe3de,
    0x2462,
    0x3443,
    0x0420,
    0x1401,
    0x64e6,
    0x74c7,
    0x44a4,
    0x5485,
    0xa56a,
    0xb54b,
    0x8528,
    0x9509,
    0xe5ee,
    0xf5cf,
    0xc5ac,
    0xd58d,
    0x3653,
    0x2672,
    0x1611,
    0x0630,
    0x76d7,
    0x66f6,
    0x5695,
    0x46b4,
    0xb75b,
    0xa77a,
    0x9719,
    0x8738,
    0xf7df,
    0xe7fe,
    0xd79d,
    0xc7bc,
    0x48c4,
    0x58e5,
    0x6886,
    0x78a7,
    0x0840,
    0x1861,
    0x2802,
    0x3823,
    0xc9cc,
    0xd9ed,
    0xe98e,
    0xf9af,
    0x8948,
    0x9969,
    0xa90a,
    0xb92b,
    0x5af5,
    0x4ad4,
    0x7ab7,
    0x6a96,
    0x1a71,
    0x0a50,
    0x3a33,
    0x2a12,
    0xdbfd,
    0xcbdc,
    0xfbbf,
    0xeb9e,
    0x9b79,
    0x8b58,
    0xbb3b,
    0xab1a,
    0x6ca6,
    0x7c87,
    0x4ce4,
    0x5cc5,
    0x2c22,
    0x3c03,
    0x0c60,
    0x1c41,
    0xedae,
    0xfd8f,
    0xcdec,
    0xddcd,
    0xad2a,
    0xbd0b,
    0x8d68,
    0x9d49,
    0x7e97,
    0x6eb6,
    0x5ed5,
    0x4ef4,
    0x3e13,
    0x2e32,
    0x1e51,
    0x0e70,
    0xff9f,
    0xefbe,
    0xdfdd,
    0xcffc,
    0xbf1b,
    0xaf3a,
    0x9f59,
    0x8f78,
    0x9188,
    0x81a9,
    0xb1ca,
    0xa1eb,
    0xd10c,
    0xc12d,
    0xf14e,
    0xe16f,
    0x1080,
    0x00a1,
    0x30c2,
    0x20e3,
    0x5004,
    0x4025,
    0x7046,
    0x6067,
    0x83b9,
    0x9398,
    0xa3fb,
    0xb3da,
    0xc33d,
    0xd31c,
    0xe37f,
    0xf35e,
    0x02b1,
    0x1290,
    0x22f3,
    0x32d2,
    0x4235,
    0x5214,
    0x6277,
    0x7256,
    0xb5ea,
    0xa5cb,
    0x95a8,
    0x8589,
    0xf56e,
    0xe54f,
    0xd52c,
    0xc50d,
    0x34e2,
    0x24c3,
    0x14a0,
    0x0481,
    0x7466,
    0x6447,
    0x5424,
    0x4405,
    0xa7db,
    0xb7fa,
    0x8799,
    0x97b8,
    0xe75f,
    0xf77e,
    0xc71d,
    0xd73c,
    0x26d3,
    0x36f2,
    0x0691,
    0x16b0,
    0x6657,
    0x7676,
    0x4615,
    0x5634,
    0xd94c,
    0xc96d,
    0xf90e,
    0xe92f,
    0x99c8,
    0x89e9,
    0xb98a,
    0xa9ab,
    0x5844,
    0x4865,
    0x7806,
    0x6827,
    0x18c0,
    0x08e1,
    0x3882,
    0x28a3,
    0xcb7d,
    0xdb5c,
    0xeb3f,
    0xfb1e,
    0x8bf9,
    0x9bd8,
    0xabbb,
    0xbb9a,
    0x4a75,
    0x5a54,
    0x6a37,
    0x7a16,
    0x0af1,
    0x1ad0,
    0x2ab3,
    0x3a92,
    0xfd2e,
    0xed0f,
    0xdd6c,
    0xcd4d,
    0xbdaa,
    0xad8b,
    0x9de8,
    0x8dc9,
    0x7c26,
    0x6c07,
    0x5c64,
    0x4c45,
    0x3ca2,
    0x2c83,
    0x1ce0,
    0x0cc1,
    0xef1f,
    0xff3e,
    0xcf5d,
    0xdf7c,
    0xaf9b,
    0xbfba,
    0x8fd9,
    0x9ff8,
    0x6e17,
    0x7e36,
    0x4e55,
    0x5e74,
    0x2e93,
    0x3eb2,
    0x0ed1,
    0x1ef0,
]);
/**
 * @ignore
 */
class crc16 {
    // crc16 returns the crc for the data provided.
    static checksum(data) {
        let crc = 0;
        for (let i = 0; i < data.byteLength; i++) {
            const b = data[i];
            crc = ((crc << 8) & 0xffff) ^ crc16tab[((crc >> 8) ^ b) & 0x00FF];
        }
        return crc;
    }
    // validate will check the calculated crc16 checksum for data against the expected.
    static validate(data, expected) {
        const ba = crc16.checksum(data);
        return ba == expected;
    }
}
exports.crc16 = crc16;
//# sourceMappingURL=crc16.js.map

/***/ }),

/***/ 5721:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Copyright 2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CurveKP = exports.curveNonceLen = exports.curveKeyLen = void 0;
const nkeys_1 = __nccwpck_require__(5384);
const nacl_1 = __importDefault(__nccwpck_require__(7378));
const codec_1 = __nccwpck_require__(8740);
const nkeys_2 = __nccwpck_require__(5384);
const base32_1 = __nccwpck_require__(2992);
const crc16_1 = __nccwpck_require__(5903);
exports.curveKeyLen = 32;
const curveDecodeLen = 35;
exports.curveNonceLen = 24;
// "xkv1" in bytes
const XKeyVersionV1 = [120, 107, 118, 49];
class CurveKP {
    seed;
    constructor(seed) {
        this.seed = seed;
    }
    clear() {
        if (!this.seed) {
            return;
        }
        this.seed.fill(0);
        this.seed = undefined;
    }
    getPrivateKey() {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        return codec_1.Codec.encode(nkeys_2.Prefix.Private, this.seed);
    }
    getPublicKey() {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        const pub = nacl_1.default.scalarMult.base(this.seed);
        const buf = codec_1.Codec.encode(nkeys_2.Prefix.Curve, pub);
        return new TextDecoder().decode(buf);
    }
    getSeed() {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        return codec_1.Codec.encodeSeed(nkeys_2.Prefix.Curve, this.seed);
    }
    sign() {
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidCurveOperation);
    }
    verify() {
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidCurveOperation);
    }
    decodePubCurveKey(src) {
        try {
            const raw = base32_1.base32.decode(new TextEncoder().encode(src));
            if (raw.byteLength !== curveDecodeLen) {
                throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidCurveKey);
            }
            if (raw[0] !== nkeys_2.Prefix.Curve) {
                throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidPublicKey);
            }
            const checkOffset = raw.byteLength - 2;
            const dv = new DataView(raw.buffer);
            const checksum = dv.getUint16(checkOffset, true);
            const payload = raw.slice(0, checkOffset);
            if (!crc16_1.crc16.validate(payload, checksum)) {
                throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidChecksum);
            }
            // remove the prefix byte
            return payload.slice(1);
        }
        catch (ex) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidRecipient, { cause: ex });
        }
    }
    seal(message, recipient, nonce) {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        if (!nonce) {
            nonce = nacl_1.default.randomBytes(exports.curveNonceLen);
        }
        const pub = this.decodePubCurveKey(recipient);
        // prefix a header to the nonce
        const out = new Uint8Array(XKeyVersionV1.length + exports.curveNonceLen);
        out.set(XKeyVersionV1, 0);
        out.set(nonce, XKeyVersionV1.length);
        // this is only the encoded payload
        const encrypted = nacl_1.default.box(message, nonce, pub, this.seed);
        // the full message is the header+nonce+encrypted
        const fullMessage = new Uint8Array(out.length + encrypted.length);
        fullMessage.set(out);
        fullMessage.set(encrypted, out.length);
        return fullMessage;
    }
    open(message, sender) {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        if (message.length <= exports.curveNonceLen + XKeyVersionV1.length) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidEncrypted);
        }
        for (let i = 0; i < XKeyVersionV1.length; i++) {
            if (message[i] !== XKeyVersionV1[i]) {
                throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidEncrypted);
            }
        }
        const pub = this.decodePubCurveKey(sender);
        // strip off the header
        message = message.slice(XKeyVersionV1.length);
        // extract the nonce
        const nonce = message.slice(0, exports.curveNonceLen);
        // stripe the nonce
        message = message.slice(exports.curveNonceLen);
        return nacl_1.default.box.open(message, nonce, pub, this.seed);
    }
}
exports.CurveKP = CurveKP;
//# sourceMappingURL=curve.js.map

/***/ }),

/***/ 683:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Copyright 2018-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KP = void 0;
const codec_1 = __nccwpck_require__(8740);
const nkeys_1 = __nccwpck_require__(5384);
const nacl_1 = __importDefault(__nccwpck_require__(7378));
/**
 * @ignore
 */
class KP {
    seed;
    constructor(seed) {
        this.seed = seed;
    }
    getRawSeed() {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        const sd = codec_1.Codec.decodeSeed(this.seed);
        return sd.buf;
    }
    getSeed() {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        return this.seed;
    }
    getPublicKey() {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        const sd = codec_1.Codec.decodeSeed(this.seed);
        const kp = nacl_1.default.sign.keyPair.fromSeed(this.getRawSeed());
        const buf = codec_1.Codec.encode(sd.prefix, kp.publicKey);
        return new TextDecoder().decode(buf);
    }
    getPrivateKey() {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        const kp = nacl_1.default.sign.keyPair.fromSeed(this.getRawSeed());
        return codec_1.Codec.encode(nkeys_1.Prefix.Private, kp.secretKey);
    }
    sign(input) {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        const kp = nacl_1.default.sign.keyPair.fromSeed(this.getRawSeed());
        return nacl_1.default.sign.detached(input, kp.secretKey);
    }
    verify(input, sig) {
        if (!this.seed) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        const kp = nacl_1.default.sign.keyPair.fromSeed(this.getRawSeed());
        return nacl_1.default.sign.detached.verify(input, sig, kp.publicKey);
    }
    clear() {
        if (!this.seed) {
            return;
        }
        this.seed.fill(0);
        this.seed = undefined;
    }
    seal(_, _recipient, _nonce) {
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidNKeyOperation);
    }
    open(_, _sender) {
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidNKeyOperation);
    }
}
exports.KP = KP;
//# sourceMappingURL=kp.js.map

/***/ }),

/***/ 6286:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.version = exports.encode = exports.decode = exports.Prefixes = exports.Prefix = exports.NKeysErrorCode = exports.NKeysError = exports.fromSeed = exports.fromPublic = exports.fromCurveSeed = exports.createUser = exports.createServer = exports.createPair = exports.createOperator = exports.createCurve = exports.createCluster = exports.createAccount = void 0;
var nkeys_1 = __nccwpck_require__(5384);
Object.defineProperty(exports, "createAccount", ({ enumerable: true, get: function () { return nkeys_1.createAccount; } }));
Object.defineProperty(exports, "createCluster", ({ enumerable: true, get: function () { return nkeys_1.createCluster; } }));
Object.defineProperty(exports, "createCurve", ({ enumerable: true, get: function () { return nkeys_1.createCurve; } }));
Object.defineProperty(exports, "createOperator", ({ enumerable: true, get: function () { return nkeys_1.createOperator; } }));
Object.defineProperty(exports, "createPair", ({ enumerable: true, get: function () { return nkeys_1.createPair; } }));
Object.defineProperty(exports, "createServer", ({ enumerable: true, get: function () { return nkeys_1.createServer; } }));
Object.defineProperty(exports, "createUser", ({ enumerable: true, get: function () { return nkeys_1.createUser; } }));
Object.defineProperty(exports, "fromCurveSeed", ({ enumerable: true, get: function () { return nkeys_1.fromCurveSeed; } }));
Object.defineProperty(exports, "fromPublic", ({ enumerable: true, get: function () { return nkeys_1.fromPublic; } }));
Object.defineProperty(exports, "fromSeed", ({ enumerable: true, get: function () { return nkeys_1.fromSeed; } }));
Object.defineProperty(exports, "NKeysError", ({ enumerable: true, get: function () { return nkeys_1.NKeysError; } }));
Object.defineProperty(exports, "NKeysErrorCode", ({ enumerable: true, get: function () { return nkeys_1.NKeysErrorCode; } }));
Object.defineProperty(exports, "Prefix", ({ enumerable: true, get: function () { return nkeys_1.Prefix; } }));
Object.defineProperty(exports, "Prefixes", ({ enumerable: true, get: function () { return nkeys_1.Prefixes; } }));
var util_1 = __nccwpck_require__(1640);
Object.defineProperty(exports, "decode", ({ enumerable: true, get: function () { return util_1.decode; } }));
Object.defineProperty(exports, "encode", ({ enumerable: true, get: function () { return util_1.encode; } }));
var version_1 = __nccwpck_require__(6866);
Object.defineProperty(exports, "version", ({ enumerable: true, get: function () { return version_1.version; } }));
//# sourceMappingURL=mod.js.map

/***/ }),

/***/ 7378:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const tweetnacl_1 = __importDefault(__nccwpck_require__(668));
exports["default"] = tweetnacl_1.default;
//# sourceMappingURL=nacl.js.map

/***/ }),

/***/ 5384:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NKeysError = exports.NKeysErrorCode = exports.Prefixes = exports.Prefix = void 0;
exports.createPair = createPair;
exports.createOperator = createOperator;
exports.createAccount = createAccount;
exports.createUser = createUser;
exports.createCluster = createCluster;
exports.createServer = createServer;
exports.createCurve = createCurve;
exports.fromPublic = fromPublic;
exports.fromCurveSeed = fromCurveSeed;
exports.fromSeed = fromSeed;
/*
 * Copyright 2018-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const kp_1 = __nccwpck_require__(683);
const public_1 = __nccwpck_require__(3117);
const codec_1 = __nccwpck_require__(8740);
const curve_1 = __nccwpck_require__(5721);
const nacl_1 = __importDefault(__nccwpck_require__(7378));
/**
 * @ignore
 */
function createPair(prefix) {
    const len = prefix === Prefix.Curve ? curve_1.curveKeyLen : 32;
    const rawSeed = nacl_1.default.randomBytes(len);
    const str = codec_1.Codec.encodeSeed(prefix, new Uint8Array(rawSeed));
    return prefix === Prefix.Curve
        ? new curve_1.CurveKP(new Uint8Array(rawSeed))
        : new kp_1.KP(str);
}
/**
 * Creates a KeyPair with an operator prefix
 * @returns {KeyPair} Returns the created KeyPair.
 */
function createOperator() {
    return createPair(Prefix.Operator);
}
/**
 * Creates a KeyPair with an account prefix
 * @returns {KeyPair} Returns the created KeyPair.
 */
function createAccount() {
    return createPair(Prefix.Account);
}
/**
 * Creates a KeyPair with a user prefix
 * @returns {KeyPair} Returns the created KeyPair.
 */
function createUser() {
    return createPair(Prefix.User);
}
/**
 * @ignore
 */
function createCluster() {
    return createPair(Prefix.Cluster);
}
/**
 * @ignore
 */
function createServer() {
    return createPair(Prefix.Server);
}
/**
 * Generates and returns a KeyPair object using the Curve prefix.
 * Curve KeyPairs can seal/open (encrypt/decrypt) payloads.
 *
 * @return {KeyPair} The generated KeyPair object with Curve prefix.
 */
function createCurve() {
    return createPair(Prefix.Curve);
}
/**
 * Creates a KeyPair from a specified public key
 * @param {string} src of the public key in string format.
 * @returns {KeyPair} Returns the created KeyPair.
 * @see KeyPair#getPublicKey
 */
function fromPublic(src) {
    const ba = new TextEncoder().encode(src);
    const raw = codec_1.Codec._decode(ba);
    const prefix = Prefixes.parsePrefix(raw[0]);
    if (Prefixes.isValidPublicPrefix(prefix)) {
        return new public_1.PublicKey(ba);
    }
    throw new NKeysError(NKeysErrorCode.InvalidPublicKey);
}
/**
 * Creates a KeyPair from a Curve seed. Curve keys can encrypt and decrypt payloads.
 *
 * @param {Uint8Array} src - The seed representing the Curve key in encoded format.
 * @return {KeyPair} The resulting KeyPair generated from the Curve seed.
 * @throws {NKeysError} If the seed's prefix is not a Curve prefix or if the seed length is invalid.
 */
function fromCurveSeed(src) {
    const sd = codec_1.Codec.decodeSeed(src);
    if (sd.prefix !== Prefix.Curve) {
        throw new NKeysError(NKeysErrorCode.InvalidCurveSeed);
    }
    if (sd.buf.byteLength !== curve_1.curveKeyLen) {
        throw new NKeysError(NKeysErrorCode.InvalidSeedLen);
    }
    return new curve_1.CurveKP(sd.buf);
}
/**
 * Creates a KeyPair from a specified seed.
 * @param {Uint8Array} src of the seed key as Uint8Array
 * @returns {KeyPair} Returns the created KeyPair.
 * @see KeyPair#getSeed
 */
function fromSeed(src) {
    const sd = codec_1.Codec.decodeSeed(src);
    // if we are here it decoded properly
    if (sd.prefix === Prefix.Curve) {
        return fromCurveSeed(src);
    }
    return new kp_1.KP(src);
}
/**
 * @ignore
 */
var Prefix;
(function (Prefix) {
    Prefix[Prefix["Unknown"] = -1] = "Unknown";
    //Seed is the version byte used for encoded NATS Seeds
    Prefix[Prefix["Seed"] = 144] = "Seed";
    //PrefixBytePrivate is the version byte used for encoded NATS Private keys
    Prefix[Prefix["Private"] = 120] = "Private";
    //PrefixByteOperator is the version byte used for encoded NATS Operators
    Prefix[Prefix["Operator"] = 112] = "Operator";
    //PrefixByteServer is the version byte used for encoded NATS Servers
    Prefix[Prefix["Server"] = 104] = "Server";
    //PrefixByteCluster is the version byte used for encoded NATS Clusters
    Prefix[Prefix["Cluster"] = 16] = "Cluster";
    //PrefixByteAccount is the version byte used for encoded NATS Accounts
    Prefix[Prefix["Account"] = 0] = "Account";
    //PrefixByteUser is the version byte used for encoded NATS Users
    Prefix[Prefix["User"] = 160] = "User";
    Prefix[Prefix["Curve"] = 184] = "Curve";
})(Prefix || (exports.Prefix = Prefix = {}));
/**
 * @private
 */
class Prefixes {
    static isValidPublicPrefix(prefix) {
        return prefix == Prefix.Server ||
            prefix == Prefix.Operator ||
            prefix == Prefix.Cluster ||
            prefix == Prefix.Account ||
            prefix == Prefix.User ||
            prefix == Prefix.Curve;
    }
    static startsWithValidPrefix(s) {
        const c = s[0];
        return c == "S" || c == "P" || c == "O" || c == "N" || c == "C" ||
            c == "A" || c == "U" || c == "X";
    }
    static isValidPrefix(prefix) {
        const v = this.parsePrefix(prefix);
        return v !== Prefix.Unknown;
    }
    static parsePrefix(v) {
        switch (v) {
            case Prefix.Seed:
                return Prefix.Seed;
            case Prefix.Private:
                return Prefix.Private;
            case Prefix.Operator:
                return Prefix.Operator;
            case Prefix.Server:
                return Prefix.Server;
            case Prefix.Cluster:
                return Prefix.Cluster;
            case Prefix.Account:
                return Prefix.Account;
            case Prefix.User:
                return Prefix.User;
            case Prefix.Curve:
                return Prefix.Curve;
            default:
                return Prefix.Unknown;
        }
    }
}
exports.Prefixes = Prefixes;
/**
 * Possible error codes on exceptions thrown by the library.
 */
var NKeysErrorCode;
(function (NKeysErrorCode) {
    NKeysErrorCode["InvalidPrefixByte"] = "nkeys: invalid prefix byte";
    NKeysErrorCode["InvalidKey"] = "nkeys: invalid key";
    NKeysErrorCode["InvalidPublicKey"] = "nkeys: invalid public key";
    NKeysErrorCode["InvalidSeedLen"] = "nkeys: invalid seed length";
    NKeysErrorCode["InvalidSeed"] = "nkeys: invalid seed";
    NKeysErrorCode["InvalidCurveSeed"] = "nkeys: invalid curve seed";
    NKeysErrorCode["InvalidCurveKey"] = "nkeys: not a valid curve key";
    NKeysErrorCode["InvalidCurveOperation"] = "nkeys: curve key is not valid for sign/verify";
    NKeysErrorCode["InvalidNKeyOperation"] = "keys: only curve key can seal/open";
    NKeysErrorCode["InvalidEncoding"] = "nkeys: invalid encoded key";
    NKeysErrorCode["InvalidRecipient"] = "nkeys: not a valid recipient public curve key";
    NKeysErrorCode["InvalidEncrypted"] = "nkeys: encrypted input is not valid";
    NKeysErrorCode["CannotSign"] = "nkeys: cannot sign, no private key available";
    NKeysErrorCode["PublicKeyOnly"] = "nkeys: no seed or private key available";
    NKeysErrorCode["InvalidChecksum"] = "nkeys: invalid checksum";
    NKeysErrorCode["SerializationError"] = "nkeys: serialization error";
    NKeysErrorCode["ApiError"] = "nkeys: api error";
    NKeysErrorCode["ClearedPair"] = "nkeys: pair is cleared";
})(NKeysErrorCode || (exports.NKeysErrorCode = NKeysErrorCode = {}));
class NKeysError extends Error {
    code;
    constructor(code, options) {
        super(code, options);
        this.code = code;
    }
}
exports.NKeysError = NKeysError;
//# sourceMappingURL=nkeys.js.map

/***/ }),

/***/ 3117:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/*
 * Copyright 2018-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PublicKey = void 0;
const codec_1 = __nccwpck_require__(8740);
const nkeys_1 = __nccwpck_require__(5384);
const nacl_1 = __importDefault(__nccwpck_require__(7378));
/**
 * @ignore
 */
class PublicKey {
    publicKey;
    constructor(publicKey) {
        this.publicKey = publicKey;
    }
    getPublicKey() {
        if (!this.publicKey) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        return new TextDecoder().decode(this.publicKey);
    }
    getPrivateKey() {
        if (!this.publicKey) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.PublicKeyOnly);
    }
    getSeed() {
        if (!this.publicKey) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.PublicKeyOnly);
    }
    sign(_) {
        if (!this.publicKey) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.CannotSign);
    }
    verify(input, sig) {
        if (!this.publicKey) {
            throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.ClearedPair);
        }
        const buf = codec_1.Codec._decode(this.publicKey);
        return nacl_1.default.sign.detached.verify(input, sig, buf.slice(1));
    }
    clear() {
        if (!this.publicKey) {
            return;
        }
        this.publicKey.fill(0);
        this.publicKey = undefined;
    }
    seal(_, _recipient, _nonce) {
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidNKeyOperation);
    }
    open(_, _sender) {
        throw new nkeys_1.NKeysError(nkeys_1.NKeysErrorCode.InvalidNKeyOperation);
    }
}
exports.PublicKey = PublicKey;
//# sourceMappingURL=public.js.map

/***/ }),

/***/ 1640:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encode = encode;
exports.decode = decode;
exports.dump = dump;
/*
 * Copyright 2018-2020 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * Encode binary data to a base64 string
 * @param {Uint8Array} bytes to encode to base64
 */
function encode(bytes) {
    return btoa(String.fromCharCode(...bytes));
}
/**
 * Decode a base64 encoded string to a binary Uint8Array
 * @param {string} b64str encoded string
 */
function decode(b64str) {
    const bin = atob(b64str);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) {
        bytes[i] = bin.charCodeAt(i);
    }
    return bytes;
}
/**
 * @ignore
 */
function dump(buf, msg) {
    if (msg) {
        console.log(msg);
    }
    const a = [];
    for (let i = 0; i < buf.byteLength; i++) {
        if (i % 8 === 0) {
            a.push("\n");
        }
        let v = buf[i].toString(16);
        if (v.length === 1) {
            v = "0" + v;
        }
        a.push(v);
    }
    console.log(a.join("  "));
}
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 6866:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.version = void 0;
// this file is autogenerated - do not edit
exports.version = "2.0.3";
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 6428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/*
 * Copyright 2026 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nuid = exports.Nuid = void 0;
const nuid_ts_1 = __nccwpck_require__(6894);
/** Constructor for an isolated `Nuid` instance. */
exports.Nuid = nuid_ts_1.NuidImpl;
/** Shared global `Nuid` — call `next()` directly. */
exports.nuid = nuid_ts_1.nuid;
//# sourceMappingURL=mod.js.map

/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, exports) => {

/*
 * Copyright 2016-2026 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nuid = exports.NuidImpl = void 0;
const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const base = 62;
const preLen = 12;
const seqLen = 10;
const minInc = 33;
const maxInc = 333;
const totalLen = preLen + seqLen;
// Precomputed digit char codes — avoids repeated `digits.charCodeAt(i)`
// in the per-call hot path (`fillSeq` runs 10 lookups per `next()`).
const DIGIT_CODES = new Uint8Array(base);
for (let i = 0; i < base; i++)
    DIGIT_CODES[i] = digits.charCodeAt(i);
// base^seqLen exceeds Number.MAX_SAFE_INTEGER, so seq is stored as two 32-bit
// halves: seq = seqHi * 2^32 + seqLo. Boundaries derived via BigInt to avoid
// double-precision rounding traps in the literal/intermediate math.
const TWO32 = 0x1_0000_0000;
const MAX_SEQ = BigInt(base) ** BigInt(seqLen);
const MAX_HI = Number(MAX_SEQ / (1n << 32n));
const MAX_LO = Number(MAX_SEQ % (1n << 32n));
function _getRandomValues(a) {
    for (let i = 0; i < a.length; i++) {
        a[i] = Math.floor(Math.random() * 256);
    }
}
function fillRandom(a) {
    if (globalThis?.crypto?.getRandomValues) {
        globalThis.crypto.getRandomValues(a);
    }
    else {
        _getRandomValues(a);
    }
}
/**
 * `NuidImpl` is the internal implementation backing the public `Nuid`
 * interface exported from `mod.ts`. Generates 22-base-62-character ids:
 * 12-char crypto-random prefix + 10-char base-62 sequence.
 *
 * Output format matches Go `nats-io/nuid` — same alphabet and length —
 * so nuids generated here look the same as nuids generated by Go.
 */
class NuidImpl {
    buf;
    cbuf;
    seqHi;
    seqLo;
    inc;
    inited;
    constructor() {
        this.buf = new Uint8Array(totalLen);
        this.cbuf = new Uint8Array(preLen);
        this.inited = false;
    }
    /**
     * Initializes a nuid with a crypto random prefix,
     * and pseudo-random sequence and increment. This function
     * is only called if any api on a nuid is called.
     *
     * @ignore
     */
    init() {
        this.inited = true;
        this.setPre();
        this.initSeqAndInc();
        // fillSeq here keeps `buf` self-consistent after init()/reset(), so any
        // observer of `buf` sees a prefix paired with its current seq encoding
        // rather than a stale residue. Cold path — runs only at init / reset /
        // prefix overflow, not in the per-call hot path.
        this.fillSeq();
    }
    /**
     * Initializes the pseudo random sequence number and the increment range.
     * @ignore
     */
    initSeqAndInc() {
        // Two independent rand calls preserve full entropy across the two 32-bit
        // halves; a single rand * MAX_SEQ would zero out the lower bits since
        // MAX_SEQ > 2^53. Rejection sampling keeps the distribution uniform over
        // [0, MAX_SEQ). Under any real PRNG this terminates on iteration 1
        // (P(reject) ≈ 2e-9). The retry bound defends against adversarial
        // Math.random stubs (e.g. test mocks pinned to one value) so we don't
        // spin; on exhaustion we clamp to a known-valid pair.
        let tries = 0;
        do {
            this.seqHi = Math.floor(Math.random() * (MAX_HI + 1));
            this.seqLo = Math.floor(Math.random() * TWO32);
        } while (tries++ < 8 && this.seqHi === MAX_HI && this.seqLo >= MAX_LO);
        if (this.seqHi === MAX_HI && this.seqLo >= MAX_LO) {
            this.seqLo = 0;
        }
        this.inc = (Math.random() * (maxInc - minInc) + minInc) | 0;
    }
    /**
     * Sets the prefix from crypto random bytes. Converts them to base62.
     *
     * @ignore
     */
    setPre() {
        fillRandom(this.cbuf);
        for (let i = 0; i < preLen; i++) {
            this.buf[i] = DIGIT_CODES[this.cbuf[i] % base];
        }
    }
    /**
     * Fills the sequence portion of the buffer as base62 from
     * the split-int seq (seqHi, seqLo). Performs long division
     * by 62 over the 64-bit value using doubles only — no bigint.
     *
     * @ignore
     */
    fillSeq() {
        let hi = this.seqHi;
        let lo = this.seqLo;
        for (let i = totalLen - 1; i >= preLen; i--) {
            const hiQ = Math.floor(hi / base);
            const hiR = hi - hiQ * base;
            // combined <= 61 * 2^32 + (2^32-1) < 2^53 — exact in double
            const combined = hiR * TWO32 + lo;
            const loQ = Math.floor(combined / base);
            const rem = combined - loQ * base;
            this.buf[i] = DIGIT_CODES[rem];
            hi = hiQ;
            lo = loQ;
        }
    }
    /**
     * Returns the next nuid.
     */
    next() {
        if (!this.inited) {
            this.init();
        }
        this.seqLo += this.inc;
        if (this.seqLo >= TWO32) {
            this.seqLo -= TWO32;
            this.seqHi += 1;
        }
        if (this.seqHi > MAX_HI ||
            (this.seqHi === MAX_HI && this.seqLo >= MAX_LO)) {
            this.setPre();
            this.initSeqAndInc();
        }
        this.fillSeq();
        const b = this.buf;
        return String.fromCharCode(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15], b[16], b[17], b[18], b[19], b[20], b[21]);
    }
    /**
     * Resets the prefix and counter for the nuid. This is typically
     * called automatically from within next() if the current sequence
     * exceeds the resolution of the nuid.
     */
    reset() {
        this.init();
    }
}
exports.NuidImpl = NuidImpl;
/**
 * A nuid instance you can use by simply calling `next()` on it.
 */
exports.nuid = new NuidImpl();
//# sourceMappingURL=nuid.js.map

/***/ }),

/***/ 3948:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*
 * Copyright 2013-2020 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */


module.exports = __nccwpck_require__(4000);


/***/ }),

/***/ 3930:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.connect = connect;
/*
 * Copyright 2020-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
const node_transport_1 = __nccwpck_require__(3896);
const nats_base_client_1 = __nccwpck_require__(7572);
const nats_base_client_2 = __nccwpck_require__(7572);
function connect(opts = {}) {
    if ((0, nats_base_client_2.hasWsProtocol)(opts)) {
        return Promise.reject(nats_base_client_2.errors.InvalidArgumentError.format(`servers`, `node client doesn't support websockets, use the 'wsconnect' function instead`));
    }
    (0, nats_base_client_1.setTransportFactory)({
        factory: () => {
            return new node_transport_1.NodeTransport();
        },
        dnsResolveFn: node_transport_1.nodeResolveHost,
    });
    return nats_base_client_1.NatsConnectionImpl.connect(opts);
}
//# sourceMappingURL=connect.js.map

/***/ }),

/***/ 4000:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.connect = void 0;
/*
 * Copyright 2020-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
var connect_1 = __nccwpck_require__(3930);
Object.defineProperty(exports, "connect", ({ enumerable: true, get: function () { return connect_1.connect; } }));
__exportStar(__nccwpck_require__(7572), exports);
//# sourceMappingURL=mod.js.map

/***/ }),

/***/ 7572:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/*
 * Copyright 2020-2024 The NATS Authors
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
__exportStar(__nccwpck_require__(1124), exports);
//# sourceMappingURL=nats-base-client.js.map

/***/ }),

/***/ 3896:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NodeTransport = exports.VERSION = void 0;
exports.nodeResolveHost = nodeResolveHost;
const nats_base_client_1 = __nccwpck_require__(7572);
const node_net_1 = __nccwpck_require__(7030);
const node_tls_1 = __nccwpck_require__(1692);
const node_path_1 = __nccwpck_require__(6760);
const node_fs_1 = __nccwpck_require__(3024);
const node_dns_1 = __importDefault(__nccwpck_require__(610));
const version_1 = __nccwpck_require__(5956);
exports.VERSION = version_1.version;
const LANG = "nats.js";
class NodeTransport {
    socket;
    version;
    lang;
    yields = [];
    signal = (0, nats_base_client_1.deferred)();
    closedNotification = (0, nats_base_client_1.deferred)();
    options;
    connected = false;
    tlsName = "";
    done = false;
    closeError;
    constructor() {
        this.lang = LANG;
        this.version = exports.VERSION;
    }
    async connect(hp, options) {
        this.tlsName = hp.tlsName;
        this.options = options;
        const { tls } = this.options;
        const { handshakeFirst } = tls || {};
        try {
            if (handshakeFirst === true) {
                this.socket = await this.tlsFirst(hp);
            }
            else {
                this.socket = await this.dial(hp);
            }
            // protocol could have terminated
            if (this.done) {
                this.socket?.destroy();
            }
            const info = await this.peekInfo();
            (0, nats_base_client_1.checkOptions)(info, options);
            const { tls_required: tlsRequired, tls_available: tlsAvailable } = info;
            const desired = tlsAvailable === true && options.tls !== null;
            if (!handshakeFirst && (tlsRequired || desired)) {
                this.socket = await this.startTLS();
            }
            if (this.done) {
                this.socket?.destroy();
            }
            //@ts-ignore: this is possibly a TlsSocket
            if (tlsRequired && this.socket.encrypted !== true) {
                throw nats_base_client_1.errors.InvalidArgumentError.format("tls", "is not available on this server");
            }
            this.connected = true;
            this.setupHandlers();
            this.signal.resolve();
            return Promise.resolve();
        }
        catch (ex) {
            let err = ex;
            if (!err) {
                // this seems to be possible in Kubernetes
                // where an error is thrown, but it is undefined
                // when something like istio-init is booting up
                err = new nats_base_client_1.errors.ConnectionError("error connecting - node provided an undefined error");
            }
            // @ts-ignore: node error
            const { code } = err;
            const perr = code === "ECONNREFUSED"
                ? new nats_base_client_1.errors.ConnectionError("connection refused", { cause: err })
                : err;
            this.socket?.destroy();
            throw perr;
        }
    }
    dial(hp) {
        const d = (0, nats_base_client_1.deferred)();
        let dialError;
        const socket = (0, node_net_1.createConnection)(hp.port, hp.hostname, () => {
            d.resolve(socket);
            socket.removeAllListeners();
        });
        socket.on("error", (err) => {
            dialError = err;
        });
        socket.on("close", () => {
            socket.removeAllListeners();
            d.reject(dialError);
        });
        socket.setNoDelay(true);
        return d;
    }
    get isClosed() {
        return this.done;
    }
    close(err) {
        return this._closed(err, false);
    }
    peekInfo() {
        const d = (0, nats_base_client_1.deferred)();
        let peekError;
        this.socket.on("data", (frame) => {
            this.yields.push(frame);
            const t = nats_base_client_1.DataBuffer.concat(...this.yields);
            const pm = (0, nats_base_client_1.extractProtocolMessage)(t);
            if (pm !== "") {
                try {
                    const m = nats_base_client_1.INFO.exec(pm);
                    if (!m) {
                        throw new Error("unexpected response from server");
                    }
                    const info = JSON.parse(m[1]);
                    d.resolve(info);
                }
                catch (err) {
                    d.reject(err);
                }
                finally {
                    this.socket.removeAllListeners();
                }
            }
        });
        this.socket.on("error", (err) => {
            peekError = err;
        });
        this.socket.on("close", () => {
            this.socket.removeAllListeners();
            d.reject(peekError);
        });
        return d;
    }
    loadFile(fn) {
        if (!fn) {
            return Promise.resolve();
        }
        const d = (0, nats_base_client_1.deferred)();
        try {
            fn = (0, node_path_1.resolve)(fn);
            if (!(0, node_fs_1.existsSync)(fn)) {
                d.reject(new Error(`${fn} doesn't exist`));
            }
            (0, node_fs_1.readFile)(fn, (err, data) => {
                if (err) {
                    return d.reject(err);
                }
                d.resolve(data);
            });
        }
        catch (err) {
            d.reject(err);
        }
        return d;
    }
    async loadClientCerts() {
        const tlsOpts = {};
        const { certFile, cert, caFile, ca, keyFile, key } = this.options.tls;
        try {
            if (certFile) {
                const data = await this.loadFile(certFile);
                if (data) {
                    tlsOpts.cert = data;
                }
            }
            else if (cert) {
                tlsOpts.cert = cert;
            }
            if (keyFile) {
                const data = await this.loadFile(keyFile);
                if (data) {
                    tlsOpts.key = data;
                }
            }
            else if (key) {
                tlsOpts.key = key;
            }
            if (caFile) {
                const data = await this.loadFile(caFile);
                if (data) {
                    tlsOpts.ca = [data];
                }
            }
            else if (ca) {
                tlsOpts.ca = ca;
            }
            return Promise.resolve(tlsOpts);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    async tlsFirst(hp) {
        let tlsError;
        let tlsOpts = {
            servername: this.tlsName,
            rejectUnauthorized: true,
        };
        if (this.socket) {
            tlsOpts.socket = this.socket;
        }
        if (typeof this.options.tls === "object") {
            try {
                const certOpts = await this.loadClientCerts() || {};
                tlsOpts = (0, nats_base_client_1.extend)(tlsOpts, this.options.tls, certOpts);
            }
            catch (err) {
                return Promise.reject(new nats_base_client_1.errors.ConnectionError(err.message, { cause: err }));
            }
        }
        const d = (0, nats_base_client_1.deferred)();
        try {
            const tlsSocket = (0, node_tls_1.connect)(hp.port, hp.hostname, tlsOpts, () => {
                tlsSocket.removeAllListeners();
                d.resolve(tlsSocket);
            });
            tlsSocket.on("error", (err) => {
                tlsError = err;
            });
            tlsSocket.on("secureConnect", () => {
                // socket won't be authorized, if the user disabled it
                if (tlsOpts.rejectUnauthorized === false) {
                    return;
                }
                if (!tlsSocket.authorized) {
                    throw tlsSocket.authorizationError;
                }
            });
            tlsSocket.on("close", () => {
                d.reject(tlsError);
                tlsSocket.removeAllListeners();
            });
            tlsSocket.setNoDelay(true);
        }
        catch (err) {
            // tls throws errors on bad certs see nats.js#310
            d.reject(new nats_base_client_1.errors.ConnectionError(err.message, { cause: err }));
        }
        return d;
    }
    async startTLS() {
        let tlsError;
        let tlsOpts = {
            socket: this.socket,
            servername: this.tlsName,
            rejectUnauthorized: true,
        };
        if (typeof this.options.tls === "object") {
            try {
                const certOpts = await this.loadClientCerts() || {};
                tlsOpts = (0, nats_base_client_1.extend)(tlsOpts, this.options.tls, certOpts);
            }
            catch (err) {
                return Promise.reject(new nats_base_client_1.errors.ConnectionError(err.message, {
                    cause: err,
                }));
            }
        }
        const d = (0, nats_base_client_1.deferred)();
        try {
            const tlsSocket = (0, node_tls_1.connect)(tlsOpts, () => {
                tlsSocket.removeAllListeners();
                d.resolve(tlsSocket);
            });
            tlsSocket.on("error", (err) => {
                tlsError = err;
            });
            tlsSocket.on("secureConnect", () => {
                // socket won't be authorized, if the user disabled it
                if (tlsOpts.rejectUnauthorized === false) {
                    return;
                }
                if (!tlsSocket.authorized) {
                    throw tlsSocket.authorizationError;
                }
            });
            tlsSocket.on("close", () => {
                d.reject(tlsError);
                tlsSocket.removeAllListeners();
            });
        }
        catch (err) {
            // tls throws errors on bad certs see nats.js#310
            d.reject(new nats_base_client_1.errors.ConnectionError(err.message, { cause: err }));
        }
        return d;
    }
    setupHandlers() {
        let connError;
        this.socket.on("data", (frame) => {
            this.yields.push(frame);
            return this.signal.resolve();
        });
        this.socket.on("error", (err) => {
            connError = err;
        });
        this.socket.on("end", () => {
            if (this.socket?.destroyed) {
                return;
            }
            this.socket?.write(new Uint8Array(0), () => {
                this.socket?.end();
            });
        });
        this.socket.on("close", () => {
            this._closed(connError, false);
        });
    }
    [Symbol.asyncIterator]() {
        return this.iterate();
    }
    async *iterate() {
        while (true) {
            if (this.yields.length === 0) {
                await this.signal;
            }
            const yields = this.yields;
            this.yields = [];
            for (let i = 0; i < yields.length; i++) {
                if (this.options.debug) {
                    console.info(`> ${(0, nats_base_client_1.render)(yields[i])}`);
                }
                yield yields[i];
            }
            // yielding could have paused and microtask
            // could have added messages. Prevent allocations
            // if possible
            if (this.done) {
                break;
            }
            else if (this.yields.length === 0) {
                yields.length = 0;
                this.yields = yields;
                this.signal = (0, nats_base_client_1.deferred)();
            }
        }
    }
    discard() {
        this.done = true;
        if (this.socket) {
            try {
                this.socket.removeAllListeners();
                this.socket.destroy();
            }
            catch {
                // We tried, just ignore it
            }
        }
    }
    disconnect() {
        this._closed(undefined, true).then().catch();
    }
    isEncrypted() {
        return this.socket instanceof node_tls_1.TLSSocket;
    }
    _send(frame) {
        if (this.isClosed || this.socket === undefined) {
            return Promise.resolve();
        }
        if (this.options.debug) {
            console.info(`< ${(0, nats_base_client_1.render)(frame)}`);
        }
        const d = (0, nats_base_client_1.deferred)();
        try {
            this.socket.write(frame, (err) => {
                if (err) {
                    if (this.options.debug) {
                        console.error(`!!! ${(0, nats_base_client_1.render)(frame)}: ${err}`);
                    }
                    return d.reject(err);
                }
                return d.resolve();
            });
        }
        catch (err) {
            if (this.options.debug) {
                console.error(`!!! ${(0, nats_base_client_1.render)(frame)}: ${err}`);
            }
            d.reject(err);
        }
        return d;
    }
    send(frame) {
        const p = this._send(frame);
        p.catch((_err) => {
            // we ignore write errors because client will
            // fail on a read or when the heartbeat timer
            // detects a stale connection
        });
    }
    async _closed(err, internal = true) {
        // if this connection didn't succeed, then ignore it.
        if (!this.connected)
            return;
        if (this.done) {
            this.socket?.destroy();
            return;
        }
        this.closeError = err;
        // only try to flush the outbound buffer if we got no error and
        // the close is internal, if the transport closed, we are done.
        if (!err && this.socket && internal) {
            try {
                await this._send(new TextEncoder().encode(""));
            }
            catch (err) {
                if (this.options.debug) {
                    console.log("transport close terminated with an error", err);
                }
            }
        }
        try {
            if (this.socket) {
                this.socket.removeAllListeners();
                this.socket?.destroy();
                this.socket = undefined;
            }
        }
        catch (err) {
            console.log(err);
        }
        this.done = true;
        this.closedNotification.resolve(this.closeError);
    }
    closed() {
        return this.closedNotification;
    }
}
exports.NodeTransport = NodeTransport;
function nodeResolveHost(s) {
    const ips = (0, nats_base_client_1.deferred)();
    node_dns_1.default.lookup(s, { all: true }, 
    //@ts-ignore: callback changes shape when all is true
    (err, address) => {
        if (err) {
            ips.reject(err);
            return;
        }
        const buf = [];
        for (const r of address) {
            buf.push(r.address);
        }
        if (buf.length === 0) {
            buf.push(s);
        }
        ips.resolve(buf);
    });
    return ips;
}
//# sourceMappingURL=node_transport.js.map

/***/ }),

/***/ 5956:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.version = void 0;
// This file is generated - do not edit
exports.version = "3.4.0";
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 668:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

(function(nacl) {
'use strict';

// Ported in 2014 by Dmitry Chestnykh and Devi Mandiri.
// Public domain.
//
// Implementation derived from TweetNaCl version 20140427.
// See for details: http://tweetnacl.cr.yp.to/

var gf = function(init) {
  var i, r = new Float64Array(16);
  if (init) for (i = 0; i < init.length; i++) r[i] = init[i];
  return r;
};

//  Pluggable, initialized in high-level API below.
var randombytes = function(/* x, n */) { throw new Error('no PRNG'); };

var _0 = new Uint8Array(16);
var _9 = new Uint8Array(32); _9[0] = 9;

var gf0 = gf(),
    gf1 = gf([1]),
    _121665 = gf([0xdb41, 1]),
    D = gf([0x78a3, 0x1359, 0x4dca, 0x75eb, 0xd8ab, 0x4141, 0x0a4d, 0x0070, 0xe898, 0x7779, 0x4079, 0x8cc7, 0xfe73, 0x2b6f, 0x6cee, 0x5203]),
    D2 = gf([0xf159, 0x26b2, 0x9b94, 0xebd6, 0xb156, 0x8283, 0x149a, 0x00e0, 0xd130, 0xeef3, 0x80f2, 0x198e, 0xfce7, 0x56df, 0xd9dc, 0x2406]),
    X = gf([0xd51a, 0x8f25, 0x2d60, 0xc956, 0xa7b2, 0x9525, 0xc760, 0x692c, 0xdc5c, 0xfdd6, 0xe231, 0xc0a4, 0x53fe, 0xcd6e, 0x36d3, 0x2169]),
    Y = gf([0x6658, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666, 0x6666]),
    I = gf([0xa0b0, 0x4a0e, 0x1b27, 0xc4ee, 0xe478, 0xad2f, 0x1806, 0x2f43, 0xd7a7, 0x3dfb, 0x0099, 0x2b4d, 0xdf0b, 0x4fc1, 0x2480, 0x2b83]);

function ts64(x, i, h, l) {
  x[i]   = (h >> 24) & 0xff;
  x[i+1] = (h >> 16) & 0xff;
  x[i+2] = (h >>  8) & 0xff;
  x[i+3] = h & 0xff;
  x[i+4] = (l >> 24)  & 0xff;
  x[i+5] = (l >> 16)  & 0xff;
  x[i+6] = (l >>  8)  & 0xff;
  x[i+7] = l & 0xff;
}

function vn(x, xi, y, yi, n) {
  var i,d = 0;
  for (i = 0; i < n; i++) d |= x[xi+i]^y[yi+i];
  return (1 & ((d - 1) >>> 8)) - 1;
}

function crypto_verify_16(x, xi, y, yi) {
  return vn(x,xi,y,yi,16);
}

function crypto_verify_32(x, xi, y, yi) {
  return vn(x,xi,y,yi,32);
}

function core_salsa20(o, p, k, c) {
  var j0  = c[ 0] & 0xff | (c[ 1] & 0xff)<<8 | (c[ 2] & 0xff)<<16 | (c[ 3] & 0xff)<<24,
      j1  = k[ 0] & 0xff | (k[ 1] & 0xff)<<8 | (k[ 2] & 0xff)<<16 | (k[ 3] & 0xff)<<24,
      j2  = k[ 4] & 0xff | (k[ 5] & 0xff)<<8 | (k[ 6] & 0xff)<<16 | (k[ 7] & 0xff)<<24,
      j3  = k[ 8] & 0xff | (k[ 9] & 0xff)<<8 | (k[10] & 0xff)<<16 | (k[11] & 0xff)<<24,
      j4  = k[12] & 0xff | (k[13] & 0xff)<<8 | (k[14] & 0xff)<<16 | (k[15] & 0xff)<<24,
      j5  = c[ 4] & 0xff | (c[ 5] & 0xff)<<8 | (c[ 6] & 0xff)<<16 | (c[ 7] & 0xff)<<24,
      j6  = p[ 0] & 0xff | (p[ 1] & 0xff)<<8 | (p[ 2] & 0xff)<<16 | (p[ 3] & 0xff)<<24,
      j7  = p[ 4] & 0xff | (p[ 5] & 0xff)<<8 | (p[ 6] & 0xff)<<16 | (p[ 7] & 0xff)<<24,
      j8  = p[ 8] & 0xff | (p[ 9] & 0xff)<<8 | (p[10] & 0xff)<<16 | (p[11] & 0xff)<<24,
      j9  = p[12] & 0xff | (p[13] & 0xff)<<8 | (p[14] & 0xff)<<16 | (p[15] & 0xff)<<24,
      j10 = c[ 8] & 0xff | (c[ 9] & 0xff)<<8 | (c[10] & 0xff)<<16 | (c[11] & 0xff)<<24,
      j11 = k[16] & 0xff | (k[17] & 0xff)<<8 | (k[18] & 0xff)<<16 | (k[19] & 0xff)<<24,
      j12 = k[20] & 0xff | (k[21] & 0xff)<<8 | (k[22] & 0xff)<<16 | (k[23] & 0xff)<<24,
      j13 = k[24] & 0xff | (k[25] & 0xff)<<8 | (k[26] & 0xff)<<16 | (k[27] & 0xff)<<24,
      j14 = k[28] & 0xff | (k[29] & 0xff)<<8 | (k[30] & 0xff)<<16 | (k[31] & 0xff)<<24,
      j15 = c[12] & 0xff | (c[13] & 0xff)<<8 | (c[14] & 0xff)<<16 | (c[15] & 0xff)<<24;

  var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7,
      x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14,
      x15 = j15, u;

  for (var i = 0; i < 20; i += 2) {
    u = x0 + x12 | 0;
    x4 ^= u<<7 | u>>>(32-7);
    u = x4 + x0 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x4 | 0;
    x12 ^= u<<13 | u>>>(32-13);
    u = x12 + x8 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x1 | 0;
    x9 ^= u<<7 | u>>>(32-7);
    u = x9 + x5 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x9 | 0;
    x1 ^= u<<13 | u>>>(32-13);
    u = x1 + x13 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x6 | 0;
    x14 ^= u<<7 | u>>>(32-7);
    u = x14 + x10 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x14 | 0;
    x6 ^= u<<13 | u>>>(32-13);
    u = x6 + x2 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x11 | 0;
    x3 ^= u<<7 | u>>>(32-7);
    u = x3 + x15 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x3 | 0;
    x11 ^= u<<13 | u>>>(32-13);
    u = x11 + x7 | 0;
    x15 ^= u<<18 | u>>>(32-18);

    u = x0 + x3 | 0;
    x1 ^= u<<7 | u>>>(32-7);
    u = x1 + x0 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x1 | 0;
    x3 ^= u<<13 | u>>>(32-13);
    u = x3 + x2 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x4 | 0;
    x6 ^= u<<7 | u>>>(32-7);
    u = x6 + x5 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x6 | 0;
    x4 ^= u<<13 | u>>>(32-13);
    u = x4 + x7 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x9 | 0;
    x11 ^= u<<7 | u>>>(32-7);
    u = x11 + x10 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x11 | 0;
    x9 ^= u<<13 | u>>>(32-13);
    u = x9 + x8 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x14 | 0;
    x12 ^= u<<7 | u>>>(32-7);
    u = x12 + x15 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x12 | 0;
    x14 ^= u<<13 | u>>>(32-13);
    u = x14 + x13 | 0;
    x15 ^= u<<18 | u>>>(32-18);
  }
   x0 =  x0 +  j0 | 0;
   x1 =  x1 +  j1 | 0;
   x2 =  x2 +  j2 | 0;
   x3 =  x3 +  j3 | 0;
   x4 =  x4 +  j4 | 0;
   x5 =  x5 +  j5 | 0;
   x6 =  x6 +  j6 | 0;
   x7 =  x7 +  j7 | 0;
   x8 =  x8 +  j8 | 0;
   x9 =  x9 +  j9 | 0;
  x10 = x10 + j10 | 0;
  x11 = x11 + j11 | 0;
  x12 = x12 + j12 | 0;
  x13 = x13 + j13 | 0;
  x14 = x14 + j14 | 0;
  x15 = x15 + j15 | 0;

  o[ 0] = x0 >>>  0 & 0xff;
  o[ 1] = x0 >>>  8 & 0xff;
  o[ 2] = x0 >>> 16 & 0xff;
  o[ 3] = x0 >>> 24 & 0xff;

  o[ 4] = x1 >>>  0 & 0xff;
  o[ 5] = x1 >>>  8 & 0xff;
  o[ 6] = x1 >>> 16 & 0xff;
  o[ 7] = x1 >>> 24 & 0xff;

  o[ 8] = x2 >>>  0 & 0xff;
  o[ 9] = x2 >>>  8 & 0xff;
  o[10] = x2 >>> 16 & 0xff;
  o[11] = x2 >>> 24 & 0xff;

  o[12] = x3 >>>  0 & 0xff;
  o[13] = x3 >>>  8 & 0xff;
  o[14] = x3 >>> 16 & 0xff;
  o[15] = x3 >>> 24 & 0xff;

  o[16] = x4 >>>  0 & 0xff;
  o[17] = x4 >>>  8 & 0xff;
  o[18] = x4 >>> 16 & 0xff;
  o[19] = x4 >>> 24 & 0xff;

  o[20] = x5 >>>  0 & 0xff;
  o[21] = x5 >>>  8 & 0xff;
  o[22] = x5 >>> 16 & 0xff;
  o[23] = x5 >>> 24 & 0xff;

  o[24] = x6 >>>  0 & 0xff;
  o[25] = x6 >>>  8 & 0xff;
  o[26] = x6 >>> 16 & 0xff;
  o[27] = x6 >>> 24 & 0xff;

  o[28] = x7 >>>  0 & 0xff;
  o[29] = x7 >>>  8 & 0xff;
  o[30] = x7 >>> 16 & 0xff;
  o[31] = x7 >>> 24 & 0xff;

  o[32] = x8 >>>  0 & 0xff;
  o[33] = x8 >>>  8 & 0xff;
  o[34] = x8 >>> 16 & 0xff;
  o[35] = x8 >>> 24 & 0xff;

  o[36] = x9 >>>  0 & 0xff;
  o[37] = x9 >>>  8 & 0xff;
  o[38] = x9 >>> 16 & 0xff;
  o[39] = x9 >>> 24 & 0xff;

  o[40] = x10 >>>  0 & 0xff;
  o[41] = x10 >>>  8 & 0xff;
  o[42] = x10 >>> 16 & 0xff;
  o[43] = x10 >>> 24 & 0xff;

  o[44] = x11 >>>  0 & 0xff;
  o[45] = x11 >>>  8 & 0xff;
  o[46] = x11 >>> 16 & 0xff;
  o[47] = x11 >>> 24 & 0xff;

  o[48] = x12 >>>  0 & 0xff;
  o[49] = x12 >>>  8 & 0xff;
  o[50] = x12 >>> 16 & 0xff;
  o[51] = x12 >>> 24 & 0xff;

  o[52] = x13 >>>  0 & 0xff;
  o[53] = x13 >>>  8 & 0xff;
  o[54] = x13 >>> 16 & 0xff;
  o[55] = x13 >>> 24 & 0xff;

  o[56] = x14 >>>  0 & 0xff;
  o[57] = x14 >>>  8 & 0xff;
  o[58] = x14 >>> 16 & 0xff;
  o[59] = x14 >>> 24 & 0xff;

  o[60] = x15 >>>  0 & 0xff;
  o[61] = x15 >>>  8 & 0xff;
  o[62] = x15 >>> 16 & 0xff;
  o[63] = x15 >>> 24 & 0xff;
}

function core_hsalsa20(o,p,k,c) {
  var j0  = c[ 0] & 0xff | (c[ 1] & 0xff)<<8 | (c[ 2] & 0xff)<<16 | (c[ 3] & 0xff)<<24,
      j1  = k[ 0] & 0xff | (k[ 1] & 0xff)<<8 | (k[ 2] & 0xff)<<16 | (k[ 3] & 0xff)<<24,
      j2  = k[ 4] & 0xff | (k[ 5] & 0xff)<<8 | (k[ 6] & 0xff)<<16 | (k[ 7] & 0xff)<<24,
      j3  = k[ 8] & 0xff | (k[ 9] & 0xff)<<8 | (k[10] & 0xff)<<16 | (k[11] & 0xff)<<24,
      j4  = k[12] & 0xff | (k[13] & 0xff)<<8 | (k[14] & 0xff)<<16 | (k[15] & 0xff)<<24,
      j5  = c[ 4] & 0xff | (c[ 5] & 0xff)<<8 | (c[ 6] & 0xff)<<16 | (c[ 7] & 0xff)<<24,
      j6  = p[ 0] & 0xff | (p[ 1] & 0xff)<<8 | (p[ 2] & 0xff)<<16 | (p[ 3] & 0xff)<<24,
      j7  = p[ 4] & 0xff | (p[ 5] & 0xff)<<8 | (p[ 6] & 0xff)<<16 | (p[ 7] & 0xff)<<24,
      j8  = p[ 8] & 0xff | (p[ 9] & 0xff)<<8 | (p[10] & 0xff)<<16 | (p[11] & 0xff)<<24,
      j9  = p[12] & 0xff | (p[13] & 0xff)<<8 | (p[14] & 0xff)<<16 | (p[15] & 0xff)<<24,
      j10 = c[ 8] & 0xff | (c[ 9] & 0xff)<<8 | (c[10] & 0xff)<<16 | (c[11] & 0xff)<<24,
      j11 = k[16] & 0xff | (k[17] & 0xff)<<8 | (k[18] & 0xff)<<16 | (k[19] & 0xff)<<24,
      j12 = k[20] & 0xff | (k[21] & 0xff)<<8 | (k[22] & 0xff)<<16 | (k[23] & 0xff)<<24,
      j13 = k[24] & 0xff | (k[25] & 0xff)<<8 | (k[26] & 0xff)<<16 | (k[27] & 0xff)<<24,
      j14 = k[28] & 0xff | (k[29] & 0xff)<<8 | (k[30] & 0xff)<<16 | (k[31] & 0xff)<<24,
      j15 = c[12] & 0xff | (c[13] & 0xff)<<8 | (c[14] & 0xff)<<16 | (c[15] & 0xff)<<24;

  var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7,
      x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14,
      x15 = j15, u;

  for (var i = 0; i < 20; i += 2) {
    u = x0 + x12 | 0;
    x4 ^= u<<7 | u>>>(32-7);
    u = x4 + x0 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x4 | 0;
    x12 ^= u<<13 | u>>>(32-13);
    u = x12 + x8 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x1 | 0;
    x9 ^= u<<7 | u>>>(32-7);
    u = x9 + x5 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x9 | 0;
    x1 ^= u<<13 | u>>>(32-13);
    u = x1 + x13 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x6 | 0;
    x14 ^= u<<7 | u>>>(32-7);
    u = x14 + x10 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x14 | 0;
    x6 ^= u<<13 | u>>>(32-13);
    u = x6 + x2 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x11 | 0;
    x3 ^= u<<7 | u>>>(32-7);
    u = x3 + x15 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x3 | 0;
    x11 ^= u<<13 | u>>>(32-13);
    u = x11 + x7 | 0;
    x15 ^= u<<18 | u>>>(32-18);

    u = x0 + x3 | 0;
    x1 ^= u<<7 | u>>>(32-7);
    u = x1 + x0 | 0;
    x2 ^= u<<9 | u>>>(32-9);
    u = x2 + x1 | 0;
    x3 ^= u<<13 | u>>>(32-13);
    u = x3 + x2 | 0;
    x0 ^= u<<18 | u>>>(32-18);

    u = x5 + x4 | 0;
    x6 ^= u<<7 | u>>>(32-7);
    u = x6 + x5 | 0;
    x7 ^= u<<9 | u>>>(32-9);
    u = x7 + x6 | 0;
    x4 ^= u<<13 | u>>>(32-13);
    u = x4 + x7 | 0;
    x5 ^= u<<18 | u>>>(32-18);

    u = x10 + x9 | 0;
    x11 ^= u<<7 | u>>>(32-7);
    u = x11 + x10 | 0;
    x8 ^= u<<9 | u>>>(32-9);
    u = x8 + x11 | 0;
    x9 ^= u<<13 | u>>>(32-13);
    u = x9 + x8 | 0;
    x10 ^= u<<18 | u>>>(32-18);

    u = x15 + x14 | 0;
    x12 ^= u<<7 | u>>>(32-7);
    u = x12 + x15 | 0;
    x13 ^= u<<9 | u>>>(32-9);
    u = x13 + x12 | 0;
    x14 ^= u<<13 | u>>>(32-13);
    u = x14 + x13 | 0;
    x15 ^= u<<18 | u>>>(32-18);
  }

  o[ 0] = x0 >>>  0 & 0xff;
  o[ 1] = x0 >>>  8 & 0xff;
  o[ 2] = x0 >>> 16 & 0xff;
  o[ 3] = x0 >>> 24 & 0xff;

  o[ 4] = x5 >>>  0 & 0xff;
  o[ 5] = x5 >>>  8 & 0xff;
  o[ 6] = x5 >>> 16 & 0xff;
  o[ 7] = x5 >>> 24 & 0xff;

  o[ 8] = x10 >>>  0 & 0xff;
  o[ 9] = x10 >>>  8 & 0xff;
  o[10] = x10 >>> 16 & 0xff;
  o[11] = x10 >>> 24 & 0xff;

  o[12] = x15 >>>  0 & 0xff;
  o[13] = x15 >>>  8 & 0xff;
  o[14] = x15 >>> 16 & 0xff;
  o[15] = x15 >>> 24 & 0xff;

  o[16] = x6 >>>  0 & 0xff;
  o[17] = x6 >>>  8 & 0xff;
  o[18] = x6 >>> 16 & 0xff;
  o[19] = x6 >>> 24 & 0xff;

  o[20] = x7 >>>  0 & 0xff;
  o[21] = x7 >>>  8 & 0xff;
  o[22] = x7 >>> 16 & 0xff;
  o[23] = x7 >>> 24 & 0xff;

  o[24] = x8 >>>  0 & 0xff;
  o[25] = x8 >>>  8 & 0xff;
  o[26] = x8 >>> 16 & 0xff;
  o[27] = x8 >>> 24 & 0xff;

  o[28] = x9 >>>  0 & 0xff;
  o[29] = x9 >>>  8 & 0xff;
  o[30] = x9 >>> 16 & 0xff;
  o[31] = x9 >>> 24 & 0xff;
}

function crypto_core_salsa20(out,inp,k,c) {
  core_salsa20(out,inp,k,c);
}

function crypto_core_hsalsa20(out,inp,k,c) {
  core_hsalsa20(out,inp,k,c);
}

var sigma = new Uint8Array([101, 120, 112, 97, 110, 100, 32, 51, 50, 45, 98, 121, 116, 101, 32, 107]);
            // "expand 32-byte k"

function crypto_stream_salsa20_xor(c,cpos,m,mpos,b,n,k) {
  var z = new Uint8Array(16), x = new Uint8Array(64);
  var u, i;
  for (i = 0; i < 16; i++) z[i] = 0;
  for (i = 0; i < 8; i++) z[i] = n[i];
  while (b >= 64) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < 64; i++) c[cpos+i] = m[mpos+i] ^ x[i];
    u = 1;
    for (i = 8; i < 16; i++) {
      u = u + (z[i] & 0xff) | 0;
      z[i] = u & 0xff;
      u >>>= 8;
    }
    b -= 64;
    cpos += 64;
    mpos += 64;
  }
  if (b > 0) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < b; i++) c[cpos+i] = m[mpos+i] ^ x[i];
  }
  return 0;
}

function crypto_stream_salsa20(c,cpos,b,n,k) {
  var z = new Uint8Array(16), x = new Uint8Array(64);
  var u, i;
  for (i = 0; i < 16; i++) z[i] = 0;
  for (i = 0; i < 8; i++) z[i] = n[i];
  while (b >= 64) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < 64; i++) c[cpos+i] = x[i];
    u = 1;
    for (i = 8; i < 16; i++) {
      u = u + (z[i] & 0xff) | 0;
      z[i] = u & 0xff;
      u >>>= 8;
    }
    b -= 64;
    cpos += 64;
  }
  if (b > 0) {
    crypto_core_salsa20(x,z,k,sigma);
    for (i = 0; i < b; i++) c[cpos+i] = x[i];
  }
  return 0;
}

function crypto_stream(c,cpos,d,n,k) {
  var s = new Uint8Array(32);
  crypto_core_hsalsa20(s,n,k,sigma);
  var sn = new Uint8Array(8);
  for (var i = 0; i < 8; i++) sn[i] = n[i+16];
  return crypto_stream_salsa20(c,cpos,d,sn,s);
}

function crypto_stream_xor(c,cpos,m,mpos,d,n,k) {
  var s = new Uint8Array(32);
  crypto_core_hsalsa20(s,n,k,sigma);
  var sn = new Uint8Array(8);
  for (var i = 0; i < 8; i++) sn[i] = n[i+16];
  return crypto_stream_salsa20_xor(c,cpos,m,mpos,d,sn,s);
}

/*
* Port of Andrew Moon's Poly1305-donna-16. Public domain.
* https://github.com/floodyberry/poly1305-donna
*/

var poly1305 = function(key) {
  this.buffer = new Uint8Array(16);
  this.r = new Uint16Array(10);
  this.h = new Uint16Array(10);
  this.pad = new Uint16Array(8);
  this.leftover = 0;
  this.fin = 0;

  var t0, t1, t2, t3, t4, t5, t6, t7;

  t0 = key[ 0] & 0xff | (key[ 1] & 0xff) << 8; this.r[0] = ( t0                     ) & 0x1fff;
  t1 = key[ 2] & 0xff | (key[ 3] & 0xff) << 8; this.r[1] = ((t0 >>> 13) | (t1 <<  3)) & 0x1fff;
  t2 = key[ 4] & 0xff | (key[ 5] & 0xff) << 8; this.r[2] = ((t1 >>> 10) | (t2 <<  6)) & 0x1f03;
  t3 = key[ 6] & 0xff | (key[ 7] & 0xff) << 8; this.r[3] = ((t2 >>>  7) | (t3 <<  9)) & 0x1fff;
  t4 = key[ 8] & 0xff | (key[ 9] & 0xff) << 8; this.r[4] = ((t3 >>>  4) | (t4 << 12)) & 0x00ff;
  this.r[5] = ((t4 >>>  1)) & 0x1ffe;
  t5 = key[10] & 0xff | (key[11] & 0xff) << 8; this.r[6] = ((t4 >>> 14) | (t5 <<  2)) & 0x1fff;
  t6 = key[12] & 0xff | (key[13] & 0xff) << 8; this.r[7] = ((t5 >>> 11) | (t6 <<  5)) & 0x1f81;
  t7 = key[14] & 0xff | (key[15] & 0xff) << 8; this.r[8] = ((t6 >>>  8) | (t7 <<  8)) & 0x1fff;
  this.r[9] = ((t7 >>>  5)) & 0x007f;

  this.pad[0] = key[16] & 0xff | (key[17] & 0xff) << 8;
  this.pad[1] = key[18] & 0xff | (key[19] & 0xff) << 8;
  this.pad[2] = key[20] & 0xff | (key[21] & 0xff) << 8;
  this.pad[3] = key[22] & 0xff | (key[23] & 0xff) << 8;
  this.pad[4] = key[24] & 0xff | (key[25] & 0xff) << 8;
  this.pad[5] = key[26] & 0xff | (key[27] & 0xff) << 8;
  this.pad[6] = key[28] & 0xff | (key[29] & 0xff) << 8;
  this.pad[7] = key[30] & 0xff | (key[31] & 0xff) << 8;
};

poly1305.prototype.blocks = function(m, mpos, bytes) {
  var hibit = this.fin ? 0 : (1 << 11);
  var t0, t1, t2, t3, t4, t5, t6, t7, c;
  var d0, d1, d2, d3, d4, d5, d6, d7, d8, d9;

  var h0 = this.h[0],
      h1 = this.h[1],
      h2 = this.h[2],
      h3 = this.h[3],
      h4 = this.h[4],
      h5 = this.h[5],
      h6 = this.h[6],
      h7 = this.h[7],
      h8 = this.h[8],
      h9 = this.h[9];

  var r0 = this.r[0],
      r1 = this.r[1],
      r2 = this.r[2],
      r3 = this.r[3],
      r4 = this.r[4],
      r5 = this.r[5],
      r6 = this.r[6],
      r7 = this.r[7],
      r8 = this.r[8],
      r9 = this.r[9];

  while (bytes >= 16) {
    t0 = m[mpos+ 0] & 0xff | (m[mpos+ 1] & 0xff) << 8; h0 += ( t0                     ) & 0x1fff;
    t1 = m[mpos+ 2] & 0xff | (m[mpos+ 3] & 0xff) << 8; h1 += ((t0 >>> 13) | (t1 <<  3)) & 0x1fff;
    t2 = m[mpos+ 4] & 0xff | (m[mpos+ 5] & 0xff) << 8; h2 += ((t1 >>> 10) | (t2 <<  6)) & 0x1fff;
    t3 = m[mpos+ 6] & 0xff | (m[mpos+ 7] & 0xff) << 8; h3 += ((t2 >>>  7) | (t3 <<  9)) & 0x1fff;
    t4 = m[mpos+ 8] & 0xff | (m[mpos+ 9] & 0xff) << 8; h4 += ((t3 >>>  4) | (t4 << 12)) & 0x1fff;
    h5 += ((t4 >>>  1)) & 0x1fff;
    t5 = m[mpos+10] & 0xff | (m[mpos+11] & 0xff) << 8; h6 += ((t4 >>> 14) | (t5 <<  2)) & 0x1fff;
    t6 = m[mpos+12] & 0xff | (m[mpos+13] & 0xff) << 8; h7 += ((t5 >>> 11) | (t6 <<  5)) & 0x1fff;
    t7 = m[mpos+14] & 0xff | (m[mpos+15] & 0xff) << 8; h8 += ((t6 >>>  8) | (t7 <<  8)) & 0x1fff;
    h9 += ((t7 >>> 5)) | hibit;

    c = 0;

    d0 = c;
    d0 += h0 * r0;
    d0 += h1 * (5 * r9);
    d0 += h2 * (5 * r8);
    d0 += h3 * (5 * r7);
    d0 += h4 * (5 * r6);
    c = (d0 >>> 13); d0 &= 0x1fff;
    d0 += h5 * (5 * r5);
    d0 += h6 * (5 * r4);
    d0 += h7 * (5 * r3);
    d0 += h8 * (5 * r2);
    d0 += h9 * (5 * r1);
    c += (d0 >>> 13); d0 &= 0x1fff;

    d1 = c;
    d1 += h0 * r1;
    d1 += h1 * r0;
    d1 += h2 * (5 * r9);
    d1 += h3 * (5 * r8);
    d1 += h4 * (5 * r7);
    c = (d1 >>> 13); d1 &= 0x1fff;
    d1 += h5 * (5 * r6);
    d1 += h6 * (5 * r5);
    d1 += h7 * (5 * r4);
    d1 += h8 * (5 * r3);
    d1 += h9 * (5 * r2);
    c += (d1 >>> 13); d1 &= 0x1fff;

    d2 = c;
    d2 += h0 * r2;
    d2 += h1 * r1;
    d2 += h2 * r0;
    d2 += h3 * (5 * r9);
    d2 += h4 * (5 * r8);
    c = (d2 >>> 13); d2 &= 0x1fff;
    d2 += h5 * (5 * r7);
    d2 += h6 * (5 * r6);
    d2 += h7 * (5 * r5);
    d2 += h8 * (5 * r4);
    d2 += h9 * (5 * r3);
    c += (d2 >>> 13); d2 &= 0x1fff;

    d3 = c;
    d3 += h0 * r3;
    d3 += h1 * r2;
    d3 += h2 * r1;
    d3 += h3 * r0;
    d3 += h4 * (5 * r9);
    c = (d3 >>> 13); d3 &= 0x1fff;
    d3 += h5 * (5 * r8);
    d3 += h6 * (5 * r7);
    d3 += h7 * (5 * r6);
    d3 += h8 * (5 * r5);
    d3 += h9 * (5 * r4);
    c += (d3 >>> 13); d3 &= 0x1fff;

    d4 = c;
    d4 += h0 * r4;
    d4 += h1 * r3;
    d4 += h2 * r2;
    d4 += h3 * r1;
    d4 += h4 * r0;
    c = (d4 >>> 13); d4 &= 0x1fff;
    d4 += h5 * (5 * r9);
    d4 += h6 * (5 * r8);
    d4 += h7 * (5 * r7);
    d4 += h8 * (5 * r6);
    d4 += h9 * (5 * r5);
    c += (d4 >>> 13); d4 &= 0x1fff;

    d5 = c;
    d5 += h0 * r5;
    d5 += h1 * r4;
    d5 += h2 * r3;
    d5 += h3 * r2;
    d5 += h4 * r1;
    c = (d5 >>> 13); d5 &= 0x1fff;
    d5 += h5 * r0;
    d5 += h6 * (5 * r9);
    d5 += h7 * (5 * r8);
    d5 += h8 * (5 * r7);
    d5 += h9 * (5 * r6);
    c += (d5 >>> 13); d5 &= 0x1fff;

    d6 = c;
    d6 += h0 * r6;
    d6 += h1 * r5;
    d6 += h2 * r4;
    d6 += h3 * r3;
    d6 += h4 * r2;
    c = (d6 >>> 13); d6 &= 0x1fff;
    d6 += h5 * r1;
    d6 += h6 * r0;
    d6 += h7 * (5 * r9);
    d6 += h8 * (5 * r8);
    d6 += h9 * (5 * r7);
    c += (d6 >>> 13); d6 &= 0x1fff;

    d7 = c;
    d7 += h0 * r7;
    d7 += h1 * r6;
    d7 += h2 * r5;
    d7 += h3 * r4;
    d7 += h4 * r3;
    c = (d7 >>> 13); d7 &= 0x1fff;
    d7 += h5 * r2;
    d7 += h6 * r1;
    d7 += h7 * r0;
    d7 += h8 * (5 * r9);
    d7 += h9 * (5 * r8);
    c += (d7 >>> 13); d7 &= 0x1fff;

    d8 = c;
    d8 += h0 * r8;
    d8 += h1 * r7;
    d8 += h2 * r6;
    d8 += h3 * r5;
    d8 += h4 * r4;
    c = (d8 >>> 13); d8 &= 0x1fff;
    d8 += h5 * r3;
    d8 += h6 * r2;
    d8 += h7 * r1;
    d8 += h8 * r0;
    d8 += h9 * (5 * r9);
    c += (d8 >>> 13); d8 &= 0x1fff;

    d9 = c;
    d9 += h0 * r9;
    d9 += h1 * r8;
    d9 += h2 * r7;
    d9 += h3 * r6;
    d9 += h4 * r5;
    c = (d9 >>> 13); d9 &= 0x1fff;
    d9 += h5 * r4;
    d9 += h6 * r3;
    d9 += h7 * r2;
    d9 += h8 * r1;
    d9 += h9 * r0;
    c += (d9 >>> 13); d9 &= 0x1fff;

    c = (((c << 2) + c)) | 0;
    c = (c + d0) | 0;
    d0 = c & 0x1fff;
    c = (c >>> 13);
    d1 += c;

    h0 = d0;
    h1 = d1;
    h2 = d2;
    h3 = d3;
    h4 = d4;
    h5 = d5;
    h6 = d6;
    h7 = d7;
    h8 = d8;
    h9 = d9;

    mpos += 16;
    bytes -= 16;
  }
  this.h[0] = h0;
  this.h[1] = h1;
  this.h[2] = h2;
  this.h[3] = h3;
  this.h[4] = h4;
  this.h[5] = h5;
  this.h[6] = h6;
  this.h[7] = h7;
  this.h[8] = h8;
  this.h[9] = h9;
};

poly1305.prototype.finish = function(mac, macpos) {
  var g = new Uint16Array(10);
  var c, mask, f, i;

  if (this.leftover) {
    i = this.leftover;
    this.buffer[i++] = 1;
    for (; i < 16; i++) this.buffer[i] = 0;
    this.fin = 1;
    this.blocks(this.buffer, 0, 16);
  }

  c = this.h[1] >>> 13;
  this.h[1] &= 0x1fff;
  for (i = 2; i < 10; i++) {
    this.h[i] += c;
    c = this.h[i] >>> 13;
    this.h[i] &= 0x1fff;
  }
  this.h[0] += (c * 5);
  c = this.h[0] >>> 13;
  this.h[0] &= 0x1fff;
  this.h[1] += c;
  c = this.h[1] >>> 13;
  this.h[1] &= 0x1fff;
  this.h[2] += c;

  g[0] = this.h[0] + 5;
  c = g[0] >>> 13;
  g[0] &= 0x1fff;
  for (i = 1; i < 10; i++) {
    g[i] = this.h[i] + c;
    c = g[i] >>> 13;
    g[i] &= 0x1fff;
  }
  g[9] -= (1 << 13);

  mask = (c ^ 1) - 1;
  for (i = 0; i < 10; i++) g[i] &= mask;
  mask = ~mask;
  for (i = 0; i < 10; i++) this.h[i] = (this.h[i] & mask) | g[i];

  this.h[0] = ((this.h[0]       ) | (this.h[1] << 13)                    ) & 0xffff;
  this.h[1] = ((this.h[1] >>>  3) | (this.h[2] << 10)                    ) & 0xffff;
  this.h[2] = ((this.h[2] >>>  6) | (this.h[3] <<  7)                    ) & 0xffff;
  this.h[3] = ((this.h[3] >>>  9) | (this.h[4] <<  4)                    ) & 0xffff;
  this.h[4] = ((this.h[4] >>> 12) | (this.h[5] <<  1) | (this.h[6] << 14)) & 0xffff;
  this.h[5] = ((this.h[6] >>>  2) | (this.h[7] << 11)                    ) & 0xffff;
  this.h[6] = ((this.h[7] >>>  5) | (this.h[8] <<  8)                    ) & 0xffff;
  this.h[7] = ((this.h[8] >>>  8) | (this.h[9] <<  5)                    ) & 0xffff;

  f = this.h[0] + this.pad[0];
  this.h[0] = f & 0xffff;
  for (i = 1; i < 8; i++) {
    f = (((this.h[i] + this.pad[i]) | 0) + (f >>> 16)) | 0;
    this.h[i] = f & 0xffff;
  }

  mac[macpos+ 0] = (this.h[0] >>> 0) & 0xff;
  mac[macpos+ 1] = (this.h[0] >>> 8) & 0xff;
  mac[macpos+ 2] = (this.h[1] >>> 0) & 0xff;
  mac[macpos+ 3] = (this.h[1] >>> 8) & 0xff;
  mac[macpos+ 4] = (this.h[2] >>> 0) & 0xff;
  mac[macpos+ 5] = (this.h[2] >>> 8) & 0xff;
  mac[macpos+ 6] = (this.h[3] >>> 0) & 0xff;
  mac[macpos+ 7] = (this.h[3] >>> 8) & 0xff;
  mac[macpos+ 8] = (this.h[4] >>> 0) & 0xff;
  mac[macpos+ 9] = (this.h[4] >>> 8) & 0xff;
  mac[macpos+10] = (this.h[5] >>> 0) & 0xff;
  mac[macpos+11] = (this.h[5] >>> 8) & 0xff;
  mac[macpos+12] = (this.h[6] >>> 0) & 0xff;
  mac[macpos+13] = (this.h[6] >>> 8) & 0xff;
  mac[macpos+14] = (this.h[7] >>> 0) & 0xff;
  mac[macpos+15] = (this.h[7] >>> 8) & 0xff;
};

poly1305.prototype.update = function(m, mpos, bytes) {
  var i, want;

  if (this.leftover) {
    want = (16 - this.leftover);
    if (want > bytes)
      want = bytes;
    for (i = 0; i < want; i++)
      this.buffer[this.leftover + i] = m[mpos+i];
    bytes -= want;
    mpos += want;
    this.leftover += want;
    if (this.leftover < 16)
      return;
    this.blocks(this.buffer, 0, 16);
    this.leftover = 0;
  }

  if (bytes >= 16) {
    want = bytes - (bytes % 16);
    this.blocks(m, mpos, want);
    mpos += want;
    bytes -= want;
  }

  if (bytes) {
    for (i = 0; i < bytes; i++)
      this.buffer[this.leftover + i] = m[mpos+i];
    this.leftover += bytes;
  }
};

function crypto_onetimeauth(out, outpos, m, mpos, n, k) {
  var s = new poly1305(k);
  s.update(m, mpos, n);
  s.finish(out, outpos);
  return 0;
}

function crypto_onetimeauth_verify(h, hpos, m, mpos, n, k) {
  var x = new Uint8Array(16);
  crypto_onetimeauth(x,0,m,mpos,n,k);
  return crypto_verify_16(h,hpos,x,0);
}

function crypto_secretbox(c,m,d,n,k) {
  var i;
  if (d < 32) return -1;
  crypto_stream_xor(c,0,m,0,d,n,k);
  crypto_onetimeauth(c, 16, c, 32, d - 32, c);
  for (i = 0; i < 16; i++) c[i] = 0;
  return 0;
}

function crypto_secretbox_open(m,c,d,n,k) {
  var i;
  var x = new Uint8Array(32);
  if (d < 32) return -1;
  crypto_stream(x,0,32,n,k);
  if (crypto_onetimeauth_verify(c, 16,c, 32,d - 32,x) !== 0) return -1;
  crypto_stream_xor(m,0,c,0,d,n,k);
  for (i = 0; i < 32; i++) m[i] = 0;
  return 0;
}

function set25519(r, a) {
  var i;
  for (i = 0; i < 16; i++) r[i] = a[i]|0;
}

function car25519(o) {
  var i, v, c = 1;
  for (i = 0; i < 16; i++) {
    v = o[i] + c + 65535;
    c = Math.floor(v / 65536);
    o[i] = v - c * 65536;
  }
  o[0] += c-1 + 37 * (c-1);
}

function sel25519(p, q, b) {
  var t, c = ~(b-1);
  for (var i = 0; i < 16; i++) {
    t = c & (p[i] ^ q[i]);
    p[i] ^= t;
    q[i] ^= t;
  }
}

function pack25519(o, n) {
  var i, j, b;
  var m = gf(), t = gf();
  for (i = 0; i < 16; i++) t[i] = n[i];
  car25519(t);
  car25519(t);
  car25519(t);
  for (j = 0; j < 2; j++) {
    m[0] = t[0] - 0xffed;
    for (i = 1; i < 15; i++) {
      m[i] = t[i] - 0xffff - ((m[i-1]>>16) & 1);
      m[i-1] &= 0xffff;
    }
    m[15] = t[15] - 0x7fff - ((m[14]>>16) & 1);
    b = (m[15]>>16) & 1;
    m[14] &= 0xffff;
    sel25519(t, m, 1-b);
  }
  for (i = 0; i < 16; i++) {
    o[2*i] = t[i] & 0xff;
    o[2*i+1] = t[i]>>8;
  }
}

function neq25519(a, b) {
  var c = new Uint8Array(32), d = new Uint8Array(32);
  pack25519(c, a);
  pack25519(d, b);
  return crypto_verify_32(c, 0, d, 0);
}

function par25519(a) {
  var d = new Uint8Array(32);
  pack25519(d, a);
  return d[0] & 1;
}

function unpack25519(o, n) {
  var i;
  for (i = 0; i < 16; i++) o[i] = n[2*i] + (n[2*i+1] << 8);
  o[15] &= 0x7fff;
}

function A(o, a, b) {
  for (var i = 0; i < 16; i++) o[i] = a[i] + b[i];
}

function Z(o, a, b) {
  for (var i = 0; i < 16; i++) o[i] = a[i] - b[i];
}

function M(o, a, b) {
  var v, c,
     t0 = 0,  t1 = 0,  t2 = 0,  t3 = 0,  t4 = 0,  t5 = 0,  t6 = 0,  t7 = 0,
     t8 = 0,  t9 = 0, t10 = 0, t11 = 0, t12 = 0, t13 = 0, t14 = 0, t15 = 0,
    t16 = 0, t17 = 0, t18 = 0, t19 = 0, t20 = 0, t21 = 0, t22 = 0, t23 = 0,
    t24 = 0, t25 = 0, t26 = 0, t27 = 0, t28 = 0, t29 = 0, t30 = 0,
    b0 = b[0],
    b1 = b[1],
    b2 = b[2],
    b3 = b[3],
    b4 = b[4],
    b5 = b[5],
    b6 = b[6],
    b7 = b[7],
    b8 = b[8],
    b9 = b[9],
    b10 = b[10],
    b11 = b[11],
    b12 = b[12],
    b13 = b[13],
    b14 = b[14],
    b15 = b[15];

  v = a[0];
  t0 += v * b0;
  t1 += v * b1;
  t2 += v * b2;
  t3 += v * b3;
  t4 += v * b4;
  t5 += v * b5;
  t6 += v * b6;
  t7 += v * b7;
  t8 += v * b8;
  t9 += v * b9;
  t10 += v * b10;
  t11 += v * b11;
  t12 += v * b12;
  t13 += v * b13;
  t14 += v * b14;
  t15 += v * b15;
  v = a[1];
  t1 += v * b0;
  t2 += v * b1;
  t3 += v * b2;
  t4 += v * b3;
  t5 += v * b4;
  t6 += v * b5;
  t7 += v * b6;
  t8 += v * b7;
  t9 += v * b8;
  t10 += v * b9;
  t11 += v * b10;
  t12 += v * b11;
  t13 += v * b12;
  t14 += v * b13;
  t15 += v * b14;
  t16 += v * b15;
  v = a[2];
  t2 += v * b0;
  t3 += v * b1;
  t4 += v * b2;
  t5 += v * b3;
  t6 += v * b4;
  t7 += v * b5;
  t8 += v * b6;
  t9 += v * b7;
  t10 += v * b8;
  t11 += v * b9;
  t12 += v * b10;
  t13 += v * b11;
  t14 += v * b12;
  t15 += v * b13;
  t16 += v * b14;
  t17 += v * b15;
  v = a[3];
  t3 += v * b0;
  t4 += v * b1;
  t5 += v * b2;
  t6 += v * b3;
  t7 += v * b4;
  t8 += v * b5;
  t9 += v * b6;
  t10 += v * b7;
  t11 += v * b8;
  t12 += v * b9;
  t13 += v * b10;
  t14 += v * b11;
  t15 += v * b12;
  t16 += v * b13;
  t17 += v * b14;
  t18 += v * b15;
  v = a[4];
  t4 += v * b0;
  t5 += v * b1;
  t6 += v * b2;
  t7 += v * b3;
  t8 += v * b4;
  t9 += v * b5;
  t10 += v * b6;
  t11 += v * b7;
  t12 += v * b8;
  t13 += v * b9;
  t14 += v * b10;
  t15 += v * b11;
  t16 += v * b12;
  t17 += v * b13;
  t18 += v * b14;
  t19 += v * b15;
  v = a[5];
  t5 += v * b0;
  t6 += v * b1;
  t7 += v * b2;
  t8 += v * b3;
  t9 += v * b4;
  t10 += v * b5;
  t11 += v * b6;
  t12 += v * b7;
  t13 += v * b8;
  t14 += v * b9;
  t15 += v * b10;
  t16 += v * b11;
  t17 += v * b12;
  t18 += v * b13;
  t19 += v * b14;
  t20 += v * b15;
  v = a[6];
  t6 += v * b0;
  t7 += v * b1;
  t8 += v * b2;
  t9 += v * b3;
  t10 += v * b4;
  t11 += v * b5;
  t12 += v * b6;
  t13 += v * b7;
  t14 += v * b8;
  t15 += v * b9;
  t16 += v * b10;
  t17 += v * b11;
  t18 += v * b12;
  t19 += v * b13;
  t20 += v * b14;
  t21 += v * b15;
  v = a[7];
  t7 += v * b0;
  t8 += v * b1;
  t9 += v * b2;
  t10 += v * b3;
  t11 += v * b4;
  t12 += v * b5;
  t13 += v * b6;
  t14 += v * b7;
  t15 += v * b8;
  t16 += v * b9;
  t17 += v * b10;
  t18 += v * b11;
  t19 += v * b12;
  t20 += v * b13;
  t21 += v * b14;
  t22 += v * b15;
  v = a[8];
  t8 += v * b0;
  t9 += v * b1;
  t10 += v * b2;
  t11 += v * b3;
  t12 += v * b4;
  t13 += v * b5;
  t14 += v * b6;
  t15 += v * b7;
  t16 += v * b8;
  t17 += v * b9;
  t18 += v * b10;
  t19 += v * b11;
  t20 += v * b12;
  t21 += v * b13;
  t22 += v * b14;
  t23 += v * b15;
  v = a[9];
  t9 += v * b0;
  t10 += v * b1;
  t11 += v * b2;
  t12 += v * b3;
  t13 += v * b4;
  t14 += v * b5;
  t15 += v * b6;
  t16 += v * b7;
  t17 += v * b8;
  t18 += v * b9;
  t19 += v * b10;
  t20 += v * b11;
  t21 += v * b12;
  t22 += v * b13;
  t23 += v * b14;
  t24 += v * b15;
  v = a[10];
  t10 += v * b0;
  t11 += v * b1;
  t12 += v * b2;
  t13 += v * b3;
  t14 += v * b4;
  t15 += v * b5;
  t16 += v * b6;
  t17 += v * b7;
  t18 += v * b8;
  t19 += v * b9;
  t20 += v * b10;
  t21 += v * b11;
  t22 += v * b12;
  t23 += v * b13;
  t24 += v * b14;
  t25 += v * b15;
  v = a[11];
  t11 += v * b0;
  t12 += v * b1;
  t13 += v * b2;
  t14 += v * b3;
  t15 += v * b4;
  t16 += v * b5;
  t17 += v * b6;
  t18 += v * b7;
  t19 += v * b8;
  t20 += v * b9;
  t21 += v * b10;
  t22 += v * b11;
  t23 += v * b12;
  t24 += v * b13;
  t25 += v * b14;
  t26 += v * b15;
  v = a[12];
  t12 += v * b0;
  t13 += v * b1;
  t14 += v * b2;
  t15 += v * b3;
  t16 += v * b4;
  t17 += v * b5;
  t18 += v * b6;
  t19 += v * b7;
  t20 += v * b8;
  t21 += v * b9;
  t22 += v * b10;
  t23 += v * b11;
  t24 += v * b12;
  t25 += v * b13;
  t26 += v * b14;
  t27 += v * b15;
  v = a[13];
  t13 += v * b0;
  t14 += v * b1;
  t15 += v * b2;
  t16 += v * b3;
  t17 += v * b4;
  t18 += v * b5;
  t19 += v * b6;
  t20 += v * b7;
  t21 += v * b8;
  t22 += v * b9;
  t23 += v * b10;
  t24 += v * b11;
  t25 += v * b12;
  t26 += v * b13;
  t27 += v * b14;
  t28 += v * b15;
  v = a[14];
  t14 += v * b0;
  t15 += v * b1;
  t16 += v * b2;
  t17 += v * b3;
  t18 += v * b4;
  t19 += v * b5;
  t20 += v * b6;
  t21 += v * b7;
  t22 += v * b8;
  t23 += v * b9;
  t24 += v * b10;
  t25 += v * b11;
  t26 += v * b12;
  t27 += v * b13;
  t28 += v * b14;
  t29 += v * b15;
  v = a[15];
  t15 += v * b0;
  t16 += v * b1;
  t17 += v * b2;
  t18 += v * b3;
  t19 += v * b4;
  t20 += v * b5;
  t21 += v * b6;
  t22 += v * b7;
  t23 += v * b8;
  t24 += v * b9;
  t25 += v * b10;
  t26 += v * b11;
  t27 += v * b12;
  t28 += v * b13;
  t29 += v * b14;
  t30 += v * b15;

  t0  += 38 * t16;
  t1  += 38 * t17;
  t2  += 38 * t18;
  t3  += 38 * t19;
  t4  += 38 * t20;
  t5  += 38 * t21;
  t6  += 38 * t22;
  t7  += 38 * t23;
  t8  += 38 * t24;
  t9  += 38 * t25;
  t10 += 38 * t26;
  t11 += 38 * t27;
  t12 += 38 * t28;
  t13 += 38 * t29;
  t14 += 38 * t30;
  // t15 left as is

  // first car
  c = 1;
  v =  t0 + c + 65535; c = Math.floor(v / 65536);  t0 = v - c * 65536;
  v =  t1 + c + 65535; c = Math.floor(v / 65536);  t1 = v - c * 65536;
  v =  t2 + c + 65535; c = Math.floor(v / 65536);  t2 = v - c * 65536;
  v =  t3 + c + 65535; c = Math.floor(v / 65536);  t3 = v - c * 65536;
  v =  t4 + c + 65535; c = Math.floor(v / 65536);  t4 = v - c * 65536;
  v =  t5 + c + 65535; c = Math.floor(v / 65536);  t5 = v - c * 65536;
  v =  t6 + c + 65535; c = Math.floor(v / 65536);  t6 = v - c * 65536;
  v =  t7 + c + 65535; c = Math.floor(v / 65536);  t7 = v - c * 65536;
  v =  t8 + c + 65535; c = Math.floor(v / 65536);  t8 = v - c * 65536;
  v =  t9 + c + 65535; c = Math.floor(v / 65536);  t9 = v - c * 65536;
  v = t10 + c + 65535; c = Math.floor(v / 65536); t10 = v - c * 65536;
  v = t11 + c + 65535; c = Math.floor(v / 65536); t11 = v - c * 65536;
  v = t12 + c + 65535; c = Math.floor(v / 65536); t12 = v - c * 65536;
  v = t13 + c + 65535; c = Math.floor(v / 65536); t13 = v - c * 65536;
  v = t14 + c + 65535; c = Math.floor(v / 65536); t14 = v - c * 65536;
  v = t15 + c + 65535; c = Math.floor(v / 65536); t15 = v - c * 65536;
  t0 += c-1 + 37 * (c-1);

  // second car
  c = 1;
  v =  t0 + c + 65535; c = Math.floor(v / 65536);  t0 = v - c * 65536;
  v =  t1 + c + 65535; c = Math.floor(v / 65536);  t1 = v - c * 65536;
  v =  t2 + c + 65535; c = Math.floor(v / 65536);  t2 = v - c * 65536;
  v =  t3 + c + 65535; c = Math.floor(v / 65536);  t3 = v - c * 65536;
  v =  t4 + c + 65535; c = Math.floor(v / 65536);  t4 = v - c * 65536;
  v =  t5 + c + 65535; c = Math.floor(v / 65536);  t5 = v - c * 65536;
  v =  t6 + c + 65535; c = Math.floor(v / 65536);  t6 = v - c * 65536;
  v =  t7 + c + 65535; c = Math.floor(v / 65536);  t7 = v - c * 65536;
  v =  t8 + c + 65535; c = Math.floor(v / 65536);  t8 = v - c * 65536;
  v =  t9 + c + 65535; c = Math.floor(v / 65536);  t9 = v - c * 65536;
  v = t10 + c + 65535; c = Math.floor(v / 65536); t10 = v - c * 65536;
  v = t11 + c + 65535; c = Math.floor(v / 65536); t11 = v - c * 65536;
  v = t12 + c + 65535; c = Math.floor(v / 65536); t12 = v - c * 65536;
  v = t13 + c + 65535; c = Math.floor(v / 65536); t13 = v - c * 65536;
  v = t14 + c + 65535; c = Math.floor(v / 65536); t14 = v - c * 65536;
  v = t15 + c + 65535; c = Math.floor(v / 65536); t15 = v - c * 65536;
  t0 += c-1 + 37 * (c-1);

  o[ 0] = t0;
  o[ 1] = t1;
  o[ 2] = t2;
  o[ 3] = t3;
  o[ 4] = t4;
  o[ 5] = t5;
  o[ 6] = t6;
  o[ 7] = t7;
  o[ 8] = t8;
  o[ 9] = t9;
  o[10] = t10;
  o[11] = t11;
  o[12] = t12;
  o[13] = t13;
  o[14] = t14;
  o[15] = t15;
}

function S(o, a) {
  M(o, a, a);
}

function inv25519(o, i) {
  var c = gf();
  var a;
  for (a = 0; a < 16; a++) c[a] = i[a];
  for (a = 253; a >= 0; a--) {
    S(c, c);
    if(a !== 2 && a !== 4) M(c, c, i);
  }
  for (a = 0; a < 16; a++) o[a] = c[a];
}

function pow2523(o, i) {
  var c = gf();
  var a;
  for (a = 0; a < 16; a++) c[a] = i[a];
  for (a = 250; a >= 0; a--) {
      S(c, c);
      if(a !== 1) M(c, c, i);
  }
  for (a = 0; a < 16; a++) o[a] = c[a];
}

function crypto_scalarmult(q, n, p) {
  var z = new Uint8Array(32);
  var x = new Float64Array(80), r, i;
  var a = gf(), b = gf(), c = gf(),
      d = gf(), e = gf(), f = gf();
  for (i = 0; i < 31; i++) z[i] = n[i];
  z[31]=(n[31]&127)|64;
  z[0]&=248;
  unpack25519(x,p);
  for (i = 0; i < 16; i++) {
    b[i]=x[i];
    d[i]=a[i]=c[i]=0;
  }
  a[0]=d[0]=1;
  for (i=254; i>=0; --i) {
    r=(z[i>>>3]>>>(i&7))&1;
    sel25519(a,b,r);
    sel25519(c,d,r);
    A(e,a,c);
    Z(a,a,c);
    A(c,b,d);
    Z(b,b,d);
    S(d,e);
    S(f,a);
    M(a,c,a);
    M(c,b,e);
    A(e,a,c);
    Z(a,a,c);
    S(b,a);
    Z(c,d,f);
    M(a,c,_121665);
    A(a,a,d);
    M(c,c,a);
    M(a,d,f);
    M(d,b,x);
    S(b,e);
    sel25519(a,b,r);
    sel25519(c,d,r);
  }
  for (i = 0; i < 16; i++) {
    x[i+16]=a[i];
    x[i+32]=c[i];
    x[i+48]=b[i];
    x[i+64]=d[i];
  }
  var x32 = x.subarray(32);
  var x16 = x.subarray(16);
  inv25519(x32,x32);
  M(x16,x16,x32);
  pack25519(q,x16);
  return 0;
}

function crypto_scalarmult_base(q, n) {
  return crypto_scalarmult(q, n, _9);
}

function crypto_box_keypair(y, x) {
  randombytes(x, 32);
  return crypto_scalarmult_base(y, x);
}

function crypto_box_beforenm(k, y, x) {
  var s = new Uint8Array(32);
  crypto_scalarmult(s, x, y);
  return crypto_core_hsalsa20(k, _0, s, sigma);
}

var crypto_box_afternm = crypto_secretbox;
var crypto_box_open_afternm = crypto_secretbox_open;

function crypto_box(c, m, d, n, y, x) {
  var k = new Uint8Array(32);
  crypto_box_beforenm(k, y, x);
  return crypto_box_afternm(c, m, d, n, k);
}

function crypto_box_open(m, c, d, n, y, x) {
  var k = new Uint8Array(32);
  crypto_box_beforenm(k, y, x);
  return crypto_box_open_afternm(m, c, d, n, k);
}

var K = [
  0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd,
  0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
  0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019,
  0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
  0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe,
  0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
  0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1,
  0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
  0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3,
  0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
  0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483,
  0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
  0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210,
  0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
  0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725,
  0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
  0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926,
  0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
  0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8,
  0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
  0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001,
  0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
  0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910,
  0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
  0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53,
  0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
  0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb,
  0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
  0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60,
  0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
  0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9,
  0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
  0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207,
  0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
  0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6,
  0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
  0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493,
  0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
  0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a,
  0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817
];

function crypto_hashblocks_hl(hh, hl, m, n) {
  var wh = new Int32Array(16), wl = new Int32Array(16),
      bh0, bh1, bh2, bh3, bh4, bh5, bh6, bh7,
      bl0, bl1, bl2, bl3, bl4, bl5, bl6, bl7,
      th, tl, i, j, h, l, a, b, c, d;

  var ah0 = hh[0],
      ah1 = hh[1],
      ah2 = hh[2],
      ah3 = hh[3],
      ah4 = hh[4],
      ah5 = hh[5],
      ah6 = hh[6],
      ah7 = hh[7],

      al0 = hl[0],
      al1 = hl[1],
      al2 = hl[2],
      al3 = hl[3],
      al4 = hl[4],
      al5 = hl[5],
      al6 = hl[6],
      al7 = hl[7];

  var pos = 0;
  while (n >= 128) {
    for (i = 0; i < 16; i++) {
      j = 8 * i + pos;
      wh[i] = (m[j+0] << 24) | (m[j+1] << 16) | (m[j+2] << 8) | m[j+3];
      wl[i] = (m[j+4] << 24) | (m[j+5] << 16) | (m[j+6] << 8) | m[j+7];
    }
    for (i = 0; i < 80; i++) {
      bh0 = ah0;
      bh1 = ah1;
      bh2 = ah2;
      bh3 = ah3;
      bh4 = ah4;
      bh5 = ah5;
      bh6 = ah6;
      bh7 = ah7;

      bl0 = al0;
      bl1 = al1;
      bl2 = al2;
      bl3 = al3;
      bl4 = al4;
      bl5 = al5;
      bl6 = al6;
      bl7 = al7;

      // add
      h = ah7;
      l = al7;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      // Sigma1
      h = ((ah4 >>> 14) | (al4 << (32-14))) ^ ((ah4 >>> 18) | (al4 << (32-18))) ^ ((al4 >>> (41-32)) | (ah4 << (32-(41-32))));
      l = ((al4 >>> 14) | (ah4 << (32-14))) ^ ((al4 >>> 18) | (ah4 << (32-18))) ^ ((ah4 >>> (41-32)) | (al4 << (32-(41-32))));

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // Ch
      h = (ah4 & ah5) ^ (~ah4 & ah6);
      l = (al4 & al5) ^ (~al4 & al6);

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // K
      h = K[i*2];
      l = K[i*2+1];

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // w
      h = wh[i%16];
      l = wl[i%16];

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      th = c & 0xffff | d << 16;
      tl = a & 0xffff | b << 16;

      // add
      h = th;
      l = tl;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      // Sigma0
      h = ((ah0 >>> 28) | (al0 << (32-28))) ^ ((al0 >>> (34-32)) | (ah0 << (32-(34-32)))) ^ ((al0 >>> (39-32)) | (ah0 << (32-(39-32))));
      l = ((al0 >>> 28) | (ah0 << (32-28))) ^ ((ah0 >>> (34-32)) | (al0 << (32-(34-32)))) ^ ((ah0 >>> (39-32)) | (al0 << (32-(39-32))));

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      // Maj
      h = (ah0 & ah1) ^ (ah0 & ah2) ^ (ah1 & ah2);
      l = (al0 & al1) ^ (al0 & al2) ^ (al1 & al2);

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      bh7 = (c & 0xffff) | (d << 16);
      bl7 = (a & 0xffff) | (b << 16);

      // add
      h = bh3;
      l = bl3;

      a = l & 0xffff; b = l >>> 16;
      c = h & 0xffff; d = h >>> 16;

      h = th;
      l = tl;

      a += l & 0xffff; b += l >>> 16;
      c += h & 0xffff; d += h >>> 16;

      b += a >>> 16;
      c += b >>> 16;
      d += c >>> 16;

      bh3 = (c & 0xffff) | (d << 16);
      bl3 = (a & 0xffff) | (b << 16);

      ah1 = bh0;
      ah2 = bh1;
      ah3 = bh2;
      ah4 = bh3;
      ah5 = bh4;
      ah6 = bh5;
      ah7 = bh6;
      ah0 = bh7;

      al1 = bl0;
      al2 = bl1;
      al3 = bl2;
      al4 = bl3;
      al5 = bl4;
      al6 = bl5;
      al7 = bl6;
      al0 = bl7;

      if (i%16 === 15) {
        for (j = 0; j < 16; j++) {
          // add
          h = wh[j];
          l = wl[j];

          a = l & 0xffff; b = l >>> 16;
          c = h & 0xffff; d = h >>> 16;

          h = wh[(j+9)%16];
          l = wl[(j+9)%16];

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          // sigma0
          th = wh[(j+1)%16];
          tl = wl[(j+1)%16];
          h = ((th >>> 1) | (tl << (32-1))) ^ ((th >>> 8) | (tl << (32-8))) ^ (th >>> 7);
          l = ((tl >>> 1) | (th << (32-1))) ^ ((tl >>> 8) | (th << (32-8))) ^ ((tl >>> 7) | (th << (32-7)));

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          // sigma1
          th = wh[(j+14)%16];
          tl = wl[(j+14)%16];
          h = ((th >>> 19) | (tl << (32-19))) ^ ((tl >>> (61-32)) | (th << (32-(61-32)))) ^ (th >>> 6);
          l = ((tl >>> 19) | (th << (32-19))) ^ ((th >>> (61-32)) | (tl << (32-(61-32)))) ^ ((tl >>> 6) | (th << (32-6)));

          a += l & 0xffff; b += l >>> 16;
          c += h & 0xffff; d += h >>> 16;

          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;

          wh[j] = (c & 0xffff) | (d << 16);
          wl[j] = (a & 0xffff) | (b << 16);
        }
      }
    }

    // add
    h = ah0;
    l = al0;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[0];
    l = hl[0];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[0] = ah0 = (c & 0xffff) | (d << 16);
    hl[0] = al0 = (a & 0xffff) | (b << 16);

    h = ah1;
    l = al1;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[1];
    l = hl[1];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[1] = ah1 = (c & 0xffff) | (d << 16);
    hl[1] = al1 = (a & 0xffff) | (b << 16);

    h = ah2;
    l = al2;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[2];
    l = hl[2];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[2] = ah2 = (c & 0xffff) | (d << 16);
    hl[2] = al2 = (a & 0xffff) | (b << 16);

    h = ah3;
    l = al3;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[3];
    l = hl[3];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[3] = ah3 = (c & 0xffff) | (d << 16);
    hl[3] = al3 = (a & 0xffff) | (b << 16);

    h = ah4;
    l = al4;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[4];
    l = hl[4];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[4] = ah4 = (c & 0xffff) | (d << 16);
    hl[4] = al4 = (a & 0xffff) | (b << 16);

    h = ah5;
    l = al5;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[5];
    l = hl[5];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[5] = ah5 = (c & 0xffff) | (d << 16);
    hl[5] = al5 = (a & 0xffff) | (b << 16);

    h = ah6;
    l = al6;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[6];
    l = hl[6];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[6] = ah6 = (c & 0xffff) | (d << 16);
    hl[6] = al6 = (a & 0xffff) | (b << 16);

    h = ah7;
    l = al7;

    a = l & 0xffff; b = l >>> 16;
    c = h & 0xffff; d = h >>> 16;

    h = hh[7];
    l = hl[7];

    a += l & 0xffff; b += l >>> 16;
    c += h & 0xffff; d += h >>> 16;

    b += a >>> 16;
    c += b >>> 16;
    d += c >>> 16;

    hh[7] = ah7 = (c & 0xffff) | (d << 16);
    hl[7] = al7 = (a & 0xffff) | (b << 16);

    pos += 128;
    n -= 128;
  }

  return n;
}

function crypto_hash(out, m, n) {
  var hh = new Int32Array(8),
      hl = new Int32Array(8),
      x = new Uint8Array(256),
      i, b = n;

  hh[0] = 0x6a09e667;
  hh[1] = 0xbb67ae85;
  hh[2] = 0x3c6ef372;
  hh[3] = 0xa54ff53a;
  hh[4] = 0x510e527f;
  hh[5] = 0x9b05688c;
  hh[6] = 0x1f83d9ab;
  hh[7] = 0x5be0cd19;

  hl[0] = 0xf3bcc908;
  hl[1] = 0x84caa73b;
  hl[2] = 0xfe94f82b;
  hl[3] = 0x5f1d36f1;
  hl[4] = 0xade682d1;
  hl[5] = 0x2b3e6c1f;
  hl[6] = 0xfb41bd6b;
  hl[7] = 0x137e2179;

  crypto_hashblocks_hl(hh, hl, m, n);
  n %= 128;

  for (i = 0; i < n; i++) x[i] = m[b-n+i];
  x[n] = 128;

  n = 256-128*(n<112?1:0);
  x[n-9] = 0;
  ts64(x, n-8,  (b / 0x20000000) | 0, b << 3);
  crypto_hashblocks_hl(hh, hl, x, n);

  for (i = 0; i < 8; i++) ts64(out, 8*i, hh[i], hl[i]);

  return 0;
}

function add(p, q) {
  var a = gf(), b = gf(), c = gf(),
      d = gf(), e = gf(), f = gf(),
      g = gf(), h = gf(), t = gf();

  Z(a, p[1], p[0]);
  Z(t, q[1], q[0]);
  M(a, a, t);
  A(b, p[0], p[1]);
  A(t, q[0], q[1]);
  M(b, b, t);
  M(c, p[3], q[3]);
  M(c, c, D2);
  M(d, p[2], q[2]);
  A(d, d, d);
  Z(e, b, a);
  Z(f, d, c);
  A(g, d, c);
  A(h, b, a);

  M(p[0], e, f);
  M(p[1], h, g);
  M(p[2], g, f);
  M(p[3], e, h);
}

function cswap(p, q, b) {
  var i;
  for (i = 0; i < 4; i++) {
    sel25519(p[i], q[i], b);
  }
}

function pack(r, p) {
  var tx = gf(), ty = gf(), zi = gf();
  inv25519(zi, p[2]);
  M(tx, p[0], zi);
  M(ty, p[1], zi);
  pack25519(r, ty);
  r[31] ^= par25519(tx) << 7;
}

function scalarmult(p, q, s) {
  var b, i;
  set25519(p[0], gf0);
  set25519(p[1], gf1);
  set25519(p[2], gf1);
  set25519(p[3], gf0);
  for (i = 255; i >= 0; --i) {
    b = (s[(i/8)|0] >> (i&7)) & 1;
    cswap(p, q, b);
    add(q, p);
    add(p, p);
    cswap(p, q, b);
  }
}

function scalarbase(p, s) {
  var q = [gf(), gf(), gf(), gf()];
  set25519(q[0], X);
  set25519(q[1], Y);
  set25519(q[2], gf1);
  M(q[3], X, Y);
  scalarmult(p, q, s);
}

function crypto_sign_keypair(pk, sk, seeded) {
  var d = new Uint8Array(64);
  var p = [gf(), gf(), gf(), gf()];
  var i;

  if (!seeded) randombytes(sk, 32);
  crypto_hash(d, sk, 32);
  d[0] &= 248;
  d[31] &= 127;
  d[31] |= 64;

  scalarbase(p, d);
  pack(pk, p);

  for (i = 0; i < 32; i++) sk[i+32] = pk[i];
  return 0;
}

var L = new Float64Array([0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10]);

function modL(r, x) {
  var carry, i, j, k;
  for (i = 63; i >= 32; --i) {
    carry = 0;
    for (j = i - 32, k = i - 12; j < k; ++j) {
      x[j] += carry - 16 * x[i] * L[j - (i - 32)];
      carry = Math.floor((x[j] + 128) / 256);
      x[j] -= carry * 256;
    }
    x[j] += carry;
    x[i] = 0;
  }
  carry = 0;
  for (j = 0; j < 32; j++) {
    x[j] += carry - (x[31] >> 4) * L[j];
    carry = x[j] >> 8;
    x[j] &= 255;
  }
  for (j = 0; j < 32; j++) x[j] -= carry * L[j];
  for (i = 0; i < 32; i++) {
    x[i+1] += x[i] >> 8;
    r[i] = x[i] & 255;
  }
}

function reduce(r) {
  var x = new Float64Array(64), i;
  for (i = 0; i < 64; i++) x[i] = r[i];
  for (i = 0; i < 64; i++) r[i] = 0;
  modL(r, x);
}

// Note: difference from C - smlen returned, not passed as argument.
function crypto_sign(sm, m, n, sk) {
  var d = new Uint8Array(64), h = new Uint8Array(64), r = new Uint8Array(64);
  var i, j, x = new Float64Array(64);
  var p = [gf(), gf(), gf(), gf()];

  crypto_hash(d, sk, 32);
  d[0] &= 248;
  d[31] &= 127;
  d[31] |= 64;

  var smlen = n + 64;
  for (i = 0; i < n; i++) sm[64 + i] = m[i];
  for (i = 0; i < 32; i++) sm[32 + i] = d[32 + i];

  crypto_hash(r, sm.subarray(32), n+32);
  reduce(r);
  scalarbase(p, r);
  pack(sm, p);

  for (i = 32; i < 64; i++) sm[i] = sk[i];
  crypto_hash(h, sm, n + 64);
  reduce(h);

  for (i = 0; i < 64; i++) x[i] = 0;
  for (i = 0; i < 32; i++) x[i] = r[i];
  for (i = 0; i < 32; i++) {
    for (j = 0; j < 32; j++) {
      x[i+j] += h[i] * d[j];
    }
  }

  modL(sm.subarray(32), x);
  return smlen;
}

function unpackneg(r, p) {
  var t = gf(), chk = gf(), num = gf(),
      den = gf(), den2 = gf(), den4 = gf(),
      den6 = gf();

  set25519(r[2], gf1);
  unpack25519(r[1], p);
  S(num, r[1]);
  M(den, num, D);
  Z(num, num, r[2]);
  A(den, r[2], den);

  S(den2, den);
  S(den4, den2);
  M(den6, den4, den2);
  M(t, den6, num);
  M(t, t, den);

  pow2523(t, t);
  M(t, t, num);
  M(t, t, den);
  M(t, t, den);
  M(r[0], t, den);

  S(chk, r[0]);
  M(chk, chk, den);
  if (neq25519(chk, num)) M(r[0], r[0], I);

  S(chk, r[0]);
  M(chk, chk, den);
  if (neq25519(chk, num)) return -1;

  if (par25519(r[0]) === (p[31]>>7)) Z(r[0], gf0, r[0]);

  M(r[3], r[0], r[1]);
  return 0;
}

function crypto_sign_open(m, sm, n, pk) {
  var i;
  var t = new Uint8Array(32), h = new Uint8Array(64);
  var p = [gf(), gf(), gf(), gf()],
      q = [gf(), gf(), gf(), gf()];

  if (n < 64) return -1;

  if (unpackneg(q, pk)) return -1;

  for (i = 0; i < n; i++) m[i] = sm[i];
  for (i = 0; i < 32; i++) m[i+32] = pk[i];
  crypto_hash(h, m, n);
  reduce(h);
  scalarmult(p, q, h);

  scalarbase(q, sm.subarray(32));
  add(p, q);
  pack(t, p);

  n -= 64;
  if (crypto_verify_32(sm, 0, t, 0)) {
    for (i = 0; i < n; i++) m[i] = 0;
    return -1;
  }

  for (i = 0; i < n; i++) m[i] = sm[i + 64];
  return n;
}

var crypto_secretbox_KEYBYTES = 32,
    crypto_secretbox_NONCEBYTES = 24,
    crypto_secretbox_ZEROBYTES = 32,
    crypto_secretbox_BOXZEROBYTES = 16,
    crypto_scalarmult_BYTES = 32,
    crypto_scalarmult_SCALARBYTES = 32,
    crypto_box_PUBLICKEYBYTES = 32,
    crypto_box_SECRETKEYBYTES = 32,
    crypto_box_BEFORENMBYTES = 32,
    crypto_box_NONCEBYTES = crypto_secretbox_NONCEBYTES,
    crypto_box_ZEROBYTES = crypto_secretbox_ZEROBYTES,
    crypto_box_BOXZEROBYTES = crypto_secretbox_BOXZEROBYTES,
    crypto_sign_BYTES = 64,
    crypto_sign_PUBLICKEYBYTES = 32,
    crypto_sign_SECRETKEYBYTES = 64,
    crypto_sign_SEEDBYTES = 32,
    crypto_hash_BYTES = 64;

nacl.lowlevel = {
  crypto_core_hsalsa20: crypto_core_hsalsa20,
  crypto_stream_xor: crypto_stream_xor,
  crypto_stream: crypto_stream,
  crypto_stream_salsa20_xor: crypto_stream_salsa20_xor,
  crypto_stream_salsa20: crypto_stream_salsa20,
  crypto_onetimeauth: crypto_onetimeauth,
  crypto_onetimeauth_verify: crypto_onetimeauth_verify,
  crypto_verify_16: crypto_verify_16,
  crypto_verify_32: crypto_verify_32,
  crypto_secretbox: crypto_secretbox,
  crypto_secretbox_open: crypto_secretbox_open,
  crypto_scalarmult: crypto_scalarmult,
  crypto_scalarmult_base: crypto_scalarmult_base,
  crypto_box_beforenm: crypto_box_beforenm,
  crypto_box_afternm: crypto_box_afternm,
  crypto_box: crypto_box,
  crypto_box_open: crypto_box_open,
  crypto_box_keypair: crypto_box_keypair,
  crypto_hash: crypto_hash,
  crypto_sign: crypto_sign,
  crypto_sign_keypair: crypto_sign_keypair,
  crypto_sign_open: crypto_sign_open,

  crypto_secretbox_KEYBYTES: crypto_secretbox_KEYBYTES,
  crypto_secretbox_NONCEBYTES: crypto_secretbox_NONCEBYTES,
  crypto_secretbox_ZEROBYTES: crypto_secretbox_ZEROBYTES,
  crypto_secretbox_BOXZEROBYTES: crypto_secretbox_BOXZEROBYTES,
  crypto_scalarmult_BYTES: crypto_scalarmult_BYTES,
  crypto_scalarmult_SCALARBYTES: crypto_scalarmult_SCALARBYTES,
  crypto_box_PUBLICKEYBYTES: crypto_box_PUBLICKEYBYTES,
  crypto_box_SECRETKEYBYTES: crypto_box_SECRETKEYBYTES,
  crypto_box_BEFORENMBYTES: crypto_box_BEFORENMBYTES,
  crypto_box_NONCEBYTES: crypto_box_NONCEBYTES,
  crypto_box_ZEROBYTES: crypto_box_ZEROBYTES,
  crypto_box_BOXZEROBYTES: crypto_box_BOXZEROBYTES,
  crypto_sign_BYTES: crypto_sign_BYTES,
  crypto_sign_PUBLICKEYBYTES: crypto_sign_PUBLICKEYBYTES,
  crypto_sign_SECRETKEYBYTES: crypto_sign_SECRETKEYBYTES,
  crypto_sign_SEEDBYTES: crypto_sign_SEEDBYTES,
  crypto_hash_BYTES: crypto_hash_BYTES,

  gf: gf,
  D: D,
  L: L,
  pack25519: pack25519,
  unpack25519: unpack25519,
  M: M,
  A: A,
  S: S,
  Z: Z,
  pow2523: pow2523,
  add: add,
  set25519: set25519,
  modL: modL,
  scalarmult: scalarmult,
  scalarbase: scalarbase,
};

/* High-level API */

function checkLengths(k, n) {
  if (k.length !== crypto_secretbox_KEYBYTES) throw new Error('bad key size');
  if (n.length !== crypto_secretbox_NONCEBYTES) throw new Error('bad nonce size');
}

function checkBoxLengths(pk, sk) {
  if (pk.length !== crypto_box_PUBLICKEYBYTES) throw new Error('bad public key size');
  if (sk.length !== crypto_box_SECRETKEYBYTES) throw new Error('bad secret key size');
}

function checkArrayTypes() {
  for (var i = 0; i < arguments.length; i++) {
    if (!(arguments[i] instanceof Uint8Array))
      throw new TypeError('unexpected type, use Uint8Array');
  }
}

function cleanup(arr) {
  for (var i = 0; i < arr.length; i++) arr[i] = 0;
}

nacl.randomBytes = function(n) {
  var b = new Uint8Array(n);
  randombytes(b, n);
  return b;
};

nacl.secretbox = function(msg, nonce, key) {
  checkArrayTypes(msg, nonce, key);
  checkLengths(key, nonce);
  var m = new Uint8Array(crypto_secretbox_ZEROBYTES + msg.length);
  var c = new Uint8Array(m.length);
  for (var i = 0; i < msg.length; i++) m[i+crypto_secretbox_ZEROBYTES] = msg[i];
  crypto_secretbox(c, m, m.length, nonce, key);
  return c.subarray(crypto_secretbox_BOXZEROBYTES);
};

nacl.secretbox.open = function(box, nonce, key) {
  checkArrayTypes(box, nonce, key);
  checkLengths(key, nonce);
  var c = new Uint8Array(crypto_secretbox_BOXZEROBYTES + box.length);
  var m = new Uint8Array(c.length);
  for (var i = 0; i < box.length; i++) c[i+crypto_secretbox_BOXZEROBYTES] = box[i];
  if (c.length < 32) return null;
  if (crypto_secretbox_open(m, c, c.length, nonce, key) !== 0) return null;
  return m.subarray(crypto_secretbox_ZEROBYTES);
};

nacl.secretbox.keyLength = crypto_secretbox_KEYBYTES;
nacl.secretbox.nonceLength = crypto_secretbox_NONCEBYTES;
nacl.secretbox.overheadLength = crypto_secretbox_BOXZEROBYTES;

nacl.scalarMult = function(n, p) {
  checkArrayTypes(n, p);
  if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error('bad n size');
  if (p.length !== crypto_scalarmult_BYTES) throw new Error('bad p size');
  var q = new Uint8Array(crypto_scalarmult_BYTES);
  crypto_scalarmult(q, n, p);
  return q;
};

nacl.scalarMult.base = function(n) {
  checkArrayTypes(n);
  if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error('bad n size');
  var q = new Uint8Array(crypto_scalarmult_BYTES);
  crypto_scalarmult_base(q, n);
  return q;
};

nacl.scalarMult.scalarLength = crypto_scalarmult_SCALARBYTES;
nacl.scalarMult.groupElementLength = crypto_scalarmult_BYTES;

nacl.box = function(msg, nonce, publicKey, secretKey) {
  var k = nacl.box.before(publicKey, secretKey);
  return nacl.secretbox(msg, nonce, k);
};

nacl.box.before = function(publicKey, secretKey) {
  checkArrayTypes(publicKey, secretKey);
  checkBoxLengths(publicKey, secretKey);
  var k = new Uint8Array(crypto_box_BEFORENMBYTES);
  crypto_box_beforenm(k, publicKey, secretKey);
  return k;
};

nacl.box.after = nacl.secretbox;

nacl.box.open = function(msg, nonce, publicKey, secretKey) {
  var k = nacl.box.before(publicKey, secretKey);
  return nacl.secretbox.open(msg, nonce, k);
};

nacl.box.open.after = nacl.secretbox.open;

nacl.box.keyPair = function() {
  var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_box_SECRETKEYBYTES);
  crypto_box_keypair(pk, sk);
  return {publicKey: pk, secretKey: sk};
};

nacl.box.keyPair.fromSecretKey = function(secretKey) {
  checkArrayTypes(secretKey);
  if (secretKey.length !== crypto_box_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
  crypto_scalarmult_base(pk, secretKey);
  return {publicKey: pk, secretKey: new Uint8Array(secretKey)};
};

nacl.box.publicKeyLength = crypto_box_PUBLICKEYBYTES;
nacl.box.secretKeyLength = crypto_box_SECRETKEYBYTES;
nacl.box.sharedKeyLength = crypto_box_BEFORENMBYTES;
nacl.box.nonceLength = crypto_box_NONCEBYTES;
nacl.box.overheadLength = nacl.secretbox.overheadLength;

nacl.sign = function(msg, secretKey) {
  checkArrayTypes(msg, secretKey);
  if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var signedMsg = new Uint8Array(crypto_sign_BYTES+msg.length);
  crypto_sign(signedMsg, msg, msg.length, secretKey);
  return signedMsg;
};

nacl.sign.open = function(signedMsg, publicKey) {
  checkArrayTypes(signedMsg, publicKey);
  if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
    throw new Error('bad public key size');
  var tmp = new Uint8Array(signedMsg.length);
  var mlen = crypto_sign_open(tmp, signedMsg, signedMsg.length, publicKey);
  if (mlen < 0) return null;
  var m = new Uint8Array(mlen);
  for (var i = 0; i < m.length; i++) m[i] = tmp[i];
  return m;
};

nacl.sign.detached = function(msg, secretKey) {
  var signedMsg = nacl.sign(msg, secretKey);
  var sig = new Uint8Array(crypto_sign_BYTES);
  for (var i = 0; i < sig.length; i++) sig[i] = signedMsg[i];
  return sig;
};

nacl.sign.detached.verify = function(msg, sig, publicKey) {
  checkArrayTypes(msg, sig, publicKey);
  if (sig.length !== crypto_sign_BYTES)
    throw new Error('bad signature size');
  if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
    throw new Error('bad public key size');
  var sm = new Uint8Array(crypto_sign_BYTES + msg.length);
  var m = new Uint8Array(crypto_sign_BYTES + msg.length);
  var i;
  for (i = 0; i < crypto_sign_BYTES; i++) sm[i] = sig[i];
  for (i = 0; i < msg.length; i++) sm[i+crypto_sign_BYTES] = msg[i];
  return (crypto_sign_open(m, sm, sm.length, publicKey) >= 0);
};

nacl.sign.keyPair = function() {
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
  crypto_sign_keypair(pk, sk);
  return {publicKey: pk, secretKey: sk};
};

nacl.sign.keyPair.fromSecretKey = function(secretKey) {
  checkArrayTypes(secretKey);
  if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
    throw new Error('bad secret key size');
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  for (var i = 0; i < pk.length; i++) pk[i] = secretKey[32+i];
  return {publicKey: pk, secretKey: new Uint8Array(secretKey)};
};

nacl.sign.keyPair.fromSeed = function(seed) {
  checkArrayTypes(seed);
  if (seed.length !== crypto_sign_SEEDBYTES)
    throw new Error('bad seed size');
  var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
  var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
  for (var i = 0; i < 32; i++) sk[i] = seed[i];
  crypto_sign_keypair(pk, sk, true);
  return {publicKey: pk, secretKey: sk};
};

nacl.sign.publicKeyLength = crypto_sign_PUBLICKEYBYTES;
nacl.sign.secretKeyLength = crypto_sign_SECRETKEYBYTES;
nacl.sign.seedLength = crypto_sign_SEEDBYTES;
nacl.sign.signatureLength = crypto_sign_BYTES;

nacl.hash = function(msg) {
  checkArrayTypes(msg);
  var h = new Uint8Array(crypto_hash_BYTES);
  crypto_hash(h, msg, msg.length);
  return h;
};

nacl.hash.hashLength = crypto_hash_BYTES;

nacl.verify = function(x, y) {
  checkArrayTypes(x, y);
  // Zero length arguments are considered not equal.
  if (x.length === 0 || y.length === 0) return false;
  if (x.length !== y.length) return false;
  return (vn(x, 0, y, 0, x.length) === 0) ? true : false;
};

nacl.setPRNG = function(fn) {
  randombytes = fn;
};

(function() {
  // Initialize PRNG if environment provides CSPRNG.
  // If not, methods calling randombytes will throw.
  var crypto = typeof self !== 'undefined' ? (self.crypto || self.msCrypto) : null;
  if (crypto && crypto.getRandomValues) {
    // Browsers.
    var QUOTA = 65536;
    nacl.setPRNG(function(x, n) {
      var i, v = new Uint8Array(n);
      for (i = 0; i < n; i += QUOTA) {
        crypto.getRandomValues(v.subarray(i, i + Math.min(n - i, QUOTA)));
      }
      for (i = 0; i < n; i++) x[i] = v[i];
      cleanup(v);
    });
  } else if (true) {
    // Node.js.
    crypto = __nccwpck_require__(6982);
    if (crypto && crypto.randomBytes) {
      nacl.setPRNG(function(x, n) {
        var i, v = crypto.randomBytes(n);
        for (i = 0; i < n; i++) x[i] = v[i];
        cleanup(v);
      });
    }
  }
})();

})( true && module.exports ? module.exports : (self.nacl = self.nacl || {}));


/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oK: () => (/* reexport */ CimError),
  t1: () => (/* reexport */ DEFAULT_TIMEOUT_MS),
  Yr: () => (/* reexport */ FIELD_NAMES),
  FR: () => (/* reexport */ FIELD_ORIGINS),
  e8: () => (/* reexport */ HEALTHS),
  Ue: () => (/* reexport */ LIFECYCLE_STATUSES),
  rI: () => (/* reexport */ MODULE_TYPES),
  eM: () => (/* reexport */ ModuleNotFoundError),
  Mm: () => (/* reexport */ REGISTRY_FILES),
  zu: () => (/* reexport */ REGISTRY_SCHEMA_VERSION),
  ci: () => (/* reexport */ REGISTRY_SPEC_HELP),
  bP: () => (/* reexport */ RegistryClient),
  gl: () => (/* reexport */ RegistryError),
  J9: () => (/* reexport */ RegistryFileNotFoundError),
  sY: () => (/* reexport */ RegistryNetworkError),
  Lx: () => (/* reexport */ RegistryParseError),
  k3: () => (/* reexport */ SchemaVersionError),
  jZ: () => (/* reexport */ VISIBILITIES),
  gu: () => (/* reexport */ VersionNotFoundError),
  _A: () => (/* reexport */ registryOptions)
});

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./src/format/types.ts
/**
 * The registry's vocabulary, shared by the engine (which builds registries) and the client (which reads them).
 *
 * Data flows one way: a source yields a RepositorySnapshot per repository, the metadata layer turns it into a
 * ModuleRecord, the registry builder turns the records into a Registry, and the renderers turn that into files.
 */
const MODULE_TYPES = ['template', 'core', 'domain', 'integration', 'utility'];
const VISIBILITIES = ['public', 'private'];
const LIFECYCLE_STATUSES = ['planning', 'development', 'pilot', 'production', 'deprecated'];
const HEALTHS = ['ok', 'warning', 'error'];
const FIELD_ORIGINS = ['declared', 'inferred', 'carried', 'topic'];
/** The schema version written into every registry file; the client refuses files it does not know. */
const REGISTRY_SCHEMA_VERSION = 1;
const FIELD_NAMES = [
    'type',
    'version',
    'description',
    'category',
    'status',
    'owner',
    'deployed',
];

;// CONCATENATED MODULE: ./src/metadata/names.ts
const MODULE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 100;
function names_isModuleName(name) {
    return typeof name === 'string' && name.length <= MAX_NAME_LENGTH && MODULE_NAME.test(name);
}
/** Why a name is not a module name, in words a person can act on; null when it is one. */
function moduleNameError(name) {
    if (names_isModuleName(name))
        return null;
    if (name.length === 0)
        return 'a module name cannot be empty';
    if (name.length > MAX_NAME_LENGTH)
        return `a module name has at most ${MAX_NAME_LENGTH} characters`;
    return `${JSON.stringify(name)} is not a module name (lowercase letters, digits and single hyphens, e.g. cim-domain)`;
}
/** The default module pattern: the repository `cim` and every `cim-*` repository. */
const DEFAULT_MODULE_PATTERN = 'cim,cim-*';
function compileModulePattern(source = DEFAULT_MODULE_PATTERN) {
    const globs = source
        .split(',')
        .map((glob) => glob.trim())
        .filter((glob) => glob.length > 0);
    if (globs.length === 0)
        throw new Error(`module pattern ${JSON.stringify(source)} names no glob`);
    const regexes = globs.map((glob) => {
        if (!/^[a-z0-9*-]+$/.test(glob)) {
            throw new Error(`module pattern glob ${JSON.stringify(glob)} may hold only lowercase letters, digits, - and *`);
        }
        return new RegExp(`^${glob.replace(/\*/g, '[a-z0-9-]*')}$`);
    });
    return { source, matches: (name) => names_isModuleName(name) && regexes.some((regex) => regex.test(name)) };
}
/** The naming convention's type, the last evidence weighed: `cim-start`: template; `cim-domain-*`: domain; else core. */
function typeByName(name) {
    if (name === 'cim-start')
        return 'template';
    if (name.startsWith('cim-domain-'))
        return 'domain';
    return 'core';
}

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * One hierarchy for the errors this package throws on purpose, as the `yaml` library's errors.ts keeps one: every
 * class extends CimError and carries a stable `code` that a program can branch on (messages are for people and may
 * change). The layers add their own classes: the client's RegistryError family (client/errors.ts), the CLI's
 * UsageError, the NATS adapter's connection, publish and setup errors, the GitHub adapter's commit and wait errors.
 * This file imports nothing, so that every layer, the library bundle included, can stand on it.
 */
class CimError extends Error {
    name = 'CimError';
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./src/client/errors.ts
/**
 * What a RegistryClient can fail with. Each error says what went wrong and where (the file's URL without its query,
 * or its path), in words a person can act on; no message ever carries a token. Each has a `code` (src/errors.ts).
 */

class RegistryError extends CimError {
    name = 'RegistryError';
    constructor(message, options) {
        super('REGISTRY', message, options);
    }
}
/** The registry has no module of that name. */
class ModuleNotFoundError extends RegistryError {
    module;
    suggestions;
    name = 'ModuleNotFoundError';
    code = 'MODULE_NOT_FOUND';
    constructor(module, 
    /** Registered names close to the one asked for, best first. */
    suggestions) {
        const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
        super(`no module ${JSON.stringify(module)} in the registry${hint}`);
        this.module = module;
        this.suggestions = suggestions;
    }
}
/** The module has no such version in the registry's history. */
class VersionNotFoundError extends RegistryError {
    module;
    version;
    known;
    name = 'VersionNotFoundError';
    code = 'VERSION_NOT_FOUND';
    constructor(module, version, 
    /** The versions the history knows, oldest first. */
    known) {
        super(`${module} has no version ${version} in its history (known: ${known.join(', ') || 'none'})`);
        this.module = module;
        this.version = version;
        this.known = known;
    }
}
/** A registry file is not where the client looked (HTTP 404, or no such file in the directory). */
class RegistryFileNotFoundError extends RegistryError {
    name = 'RegistryFileNotFoundError';
    code = 'REGISTRY_FILE_NOT_FOUND';
}
/** The file could not be fetched: no answer within the timeout, no connection, or an HTTP status other than 200/304. */
class RegistryNetworkError extends RegistryError {
    status;
    name = 'RegistryNetworkError';
    code = 'REGISTRY_NETWORK';
    constructor(message, 
    /** The HTTP status, when there was an answer. */
    status, options) {
        super(message, options);
        this.status = status;
    }
}
/** The file is not what a registry file must be: not UTF-8, not YAML or JSON, or not the registry's structure. */
class RegistryParseError extends RegistryError {
    name = 'RegistryParseError';
    code = 'REGISTRY_PARSE';
}
/** The file was written for a schema_version this client does not read. */
class SchemaVersionError extends RegistryError {
    found;
    supported;
    name = 'SchemaVersionError';
    code = 'SCHEMA_VERSION';
    constructor(message, 
    /** The schema_version found (undefined when the file has none). */
    found, supported) {
        super(message);
        this.found = found;
        this.supported = supported;
    }
}

;// CONCATENATED MODULE: ./src/client/parse.ts
/**
 * The registry files as the client reads them: parsed, checked against the structure the engine writes, and frozen
 * (here, or modules.yaml's entries by the index), because the client hands the same objects to every query. The
 * schema_version is checked first, since a file of another version may have another structure; the structure check
 * then lets the results keep the types they promise.
 *
 * YAML is read with js-yaml: on a 10,000-module modules.yaml (5 MB) it is about 30 times faster than the `yaml`
 * package, which the engine keeps for writing (and for editing private-domains.yaml in place).
 */




class Mismatch {
    path;
    expected;
    value;
    constructor(path, expected, value) {
        this.path = path;
        this.expected = expected;
        this.value = value;
    }
}
const isText = (value) => typeof value === 'string';
const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const is = (test, expected) => (value, path) => {
    if (!test(value))
        throw new Mismatch(path, expected, value);
};
const optional = (check) => (value, path) => {
    if (value !== undefined)
        check(value, path);
};
const listOf = (check, expected) => (value, path) => {
    if (!Array.isArray(value))
        throw new Mismatch(path, expected, value);
    value.forEach((item, i) => check(item, `${path}[${i}]`));
};
/** A mapping whose values pass `check`, and whose keys pass `key` when given. */
const mapOf = (check, expected, key) => (value, path) => {
    if (!isMapping(value))
        throw new Mismatch(path, expected, value);
    for (const [name, item] of Object.entries(value)) {
        if (key && !key[0](name))
            throw new Mismatch(path, key[1], name);
        check(item, `${path}.${name}`);
    }
};
const fields = (checks) => (value, path) => {
    if (!isMapping(value))
        throw new Mismatch(path, 'a mapping', value);
    for (const [name, check] of Object.entries(checks))
        check(value[name], path ? `${path}.${name}` : name);
};
const parse_text = is(isText, 'text');
const textOrNull = is((value) => value === null || isText(value), 'text or null');
const flag = is((value) => typeof value === 'boolean', 'true or false');
const oneOf = (values) => is((value) => values.includes(value), `one of ${values.join(', ')}`);
const deployed = optional(is((value) => typeof value === 'boolean' || isText(value), 'true, false or text'));
const metadata = oneOf(['declared', 'inferred']);
const moduleName = is((value) => isText(value) && names_isModuleName(value), 'a module name');
const moduleNames = [names_isModuleName, 'keyed by module names'];
const problems = listOf(fields({ level: oneOf(['error', 'warning']), code: parse_text, message: parse_text }), 'a list of problems');
/** Keyed by the shared types' fields, so that a field added to the engine's files cannot be forgotten here. */
const MODULE_ENTRY = {
    type: oneOf(MODULE_TYPES),
    description: textOrNull,
    repository: textOrNull,
    version: textOrNull,
    last_commit: textOrNull,
    last_updated: textOrNull,
    topics: listOf(parse_text, 'a list of text'),
    visibility: oneOf(VISIBILITIES),
    category: textOrNull,
    status: optional(parse_text),
    owner: optional(parse_text),
    deployed,
    archived: optional(flag),
    dependencies: mapOf(is(isText, 'a range'), 'a mapping of module name to range', moduleNames),
    metadata,
};
const MODULES_FILE = fields({ modules: mapOf(fields(MODULE_ENTRY), 'a mapping of module name to entry', moduleNames) });
const MODULE_STATUS = {
    health: oneOf(HEALTHS),
    metadata,
    origins: mapOf(oneOf(FIELD_ORIGINS), 'a mapping of field to origin'),
    dependents: listOf(moduleName, 'a list of module names'),
    stale: optional(parse_text),
    listed: optional(parse_text),
    history: optional(parse_text),
    problems,
};
const STATUS_FILE = fields({
    registry_hash: parse_text,
    rules_version: optional(parse_text),
    totals: is((value) => isMapping(value) && typeof value.modules === 'number', 'a mapping with the number of modules'),
    complete_view: flag,
    problems,
    modules: mapOf(fields(MODULE_STATUS), 'a mapping of module name to status', moduleNames),
});
/** Hand-edited values are checked too: the message then says which one to fix. */
const PRIVATE_DOMAIN = {
    name: moduleName,
    description: optional(parse_text),
    owner: optional(parse_text),
    status: optional(parse_text),
    deployed,
    modules_used: optional(listOf(moduleName, 'a list of module names')),
    verified: optional(flag),
};
const PRIVATE_DOMAINS_FILE = fields({
    private_domains: optional(mapOf(listOf(fields(PRIVATE_DOMAIN), 'a list of domains'), 'a mapping of category to list of domains')),
});
/** Checked, not frozen: the client indexes the entries into objects of its own, and freezes those. */
function parseModulesFile(text, location) {
    return checked(parseYamlMapping(text, location), location, true, MODULES_FILE);
}
/** One module entry on its own (a record of the NATS bucket), checked like an entry of modules.yaml. */
function checkModuleEntry(value, location) {
    try {
        fields(MODULE_ENTRY)(value, '');
    }
    catch (error) {
        if (!(error instanceof Mismatch))
            throw error;
        throw new RegistryParseError(`${location}: ${error.path || 'the entry'} must be ${error.expected}, not ${describe(error.value)}`);
    }
    return value;
}
function parseStatusFile(text, location) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new RegistryParseError(`${location}: not valid JSON (${error.message})`);
    }
    return deepFreeze(checked(expectMapping(data, location), location, true, STATUS_FILE));
}
/** private-domains.yaml may lack a schema_version (kept by hand before the first run); a wrong one is refused. */
function parsePrivateDomainsFile(text, location) {
    const data = checked(parseYamlMapping(text, location), location, false, PRIVATE_DOMAINS_FILE);
    return deepFreeze({ ...data, private_domains: data.private_domains ?? {} });
}
/** The schema_version first (another version may have another structure), then the structure. */
function checked(data, location, versionRequired, check) {
    checkSchemaVersion(data, location, versionRequired);
    try {
        check(data, '');
    }
    catch (error) {
        if (!(error instanceof Mismatch))
            throw error;
        throw new RegistryParseError(`${location}: ${error.path} must be ${error.expected}, not ${describe(error.value)}`);
    }
    return data;
}
function parseYamlMapping(text, location) {
    let data;
    try {
        // The core schema (YAML 1.2): no timestamps or other implicit types beyond null, booleans and numbers.
        data = load(text, { schema: CORE_SCHEMA });
    }
    catch (error) {
        if (!(error instanceof YAMLException))
            throw new RegistryParseError(`${location}: not valid YAML (${error.message})`);
        const { line, column } = error.mark;
        throw new RegistryParseError(`${location}:${line + 1}:${column + 1}: not valid YAML (${error.reason})`);
    }
    return expectMapping(data, location);
}
function expectMapping(data, location) {
    if (isMapping(data))
        return data;
    throw new RegistryParseError(`${location}: not a registry file (expected a mapping with schema_version, found ${describe(data)})`);
}
function checkSchemaVersion(data, location, required) {
    const found = data.schema_version;
    if (found === REGISTRY_SCHEMA_VERSION || (found === undefined && !required))
        return;
    const message = found === undefined
        ? `${location} has no schema_version: it was not generated by cim-registry-action (run \`cim-registry update\`)`
        : typeof found === 'number' && found > REGISTRY_SCHEMA_VERSION
            ? `${location} has schema_version ${found}, newer than this client reads (${REGISTRY_SCHEMA_VERSION}): upgrade cim-registry-action`
            : `${location} has schema_version ${JSON.stringify(found)}; this client reads schema_version ${REGISTRY_SCHEMA_VERSION}`;
    throw new SchemaVersionError(message, found, REGISTRY_SCHEMA_VERSION);
}
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    const shown = JSON.stringify(value);
    return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
/** Objects seen once only: YAML aliases can make one object appear many times. */
function deepFreeze(value, seen = new WeakSet()) {
    if (typeof value !== 'object' || value === null || seen.has(value))
        return value;
    seen.add(value);
    for (const child of Object.values(value))
        deepFreeze(child, seen);
    return Object.freeze(value);
}

;// CONCATENATED MODULE: ./src/util/order.ts
/** Deterministic ordering: every list and map the registry writes is sorted by code unit, never by locale. */
function order_compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function order_sortRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => order_compareStrings(a, b)));
}
function order_sortedUnique(values) {
    return [...new Set(values)].sort(order_compareStrings);
}

;// CONCATENATED MODULE: ./src/metadata/topics.ts
/** Every CIM repository; the registry finds modules by it (the `topic` input, `cim` by default). */
const CIM_TOPIC = 'cim';
/** A reusable module. */
const MODULE_TOPIC = 'cim-module';
/** A domain implementation. */
const DOMAIN_TOPIC = 'cim-domain';
/** A private domain implementation: listed as private whatever GitHub's flag says. */
const PRIVATE_TOPIC = 'cim-private';
/** Topics that say a module's type, in the order they are weighed: the first one a repository carries decides. */
const TYPE_TOPICS = [
    ['template', 'template'],
    [PRIVATE_TOPIC, 'domain'],
    [DOMAIN_TOPIC, 'domain'],
    ['domain', 'domain'],
    ['core', 'core'],
];
/** The topics of the convention itself, as opposed to subject topics such as `graph` or `ai`. */
const CONVENTION_TOPICS = new Set([
    CIM_TOPIC,
    MODULE_TOPIC,
    ...TYPE_TOPICS.map(([topic]) => topic),
]);
/** GitHub's limits (see the header). */
const MAX_TOPIC_LENGTH = 50;
const MAX_TOPICS = 20;
const TOPIC = /^[a-z0-9][a-z0-9-]*$/;
/** Whether `text` is a topic GitHub would accept. */
function isTopic(text) {
    return typeof text === 'string' && text.length <= MAX_TOPIC_LENGTH && TOPIC.test(text);
}
/** The type the topics say, or null when they say none. */
function typeByTopics(topics) {
    return TYPE_TOPICS.find(([topic]) => topics.includes(topic))?.[1] ?? null;
}
/**
 * A module's visibility: a private repository is private; else a cim.yaml that says `public` wins; else
 * `cim-private` makes it private; else the repository's flag, cim.yaml's value, or public, in that order.
 */
function decideVisibility(repository, declared, topics) {
    if (repository === 'private')
        return { visibility: 'private', byTopic: false };
    if (declared !== 'public' && topics.includes(PRIVATE_TOPIC))
        return { visibility: 'private', byTopic: true };
    return { visibility: repository ?? declared ?? 'public', byTopic: false };
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
function topicProblems(subject) {
    const { topics, type, visibility } = subject;
    const has = (topic) => topics.includes(topic);
    const problems = [];
    const gh = `gh repo edit ${subject.repository ? `${subject.repository} ` : ''}`;
    let added = 0;
    const missing = (topic, why) => {
        const full = topics.length + added++ >= MAX_TOPICS;
        const fix = full
            ? `${gh}--add-topic ${topic} --remove-topic OTHER, where OTHER is one of its topics: a repository has at most ${MAX_TOPICS}`
            : `${gh}--add-topic ${topic}`;
        problems.push({ level: 'warning', code: 'missing-topic', message: `no \`${topic}\` topic: ${why} (fix: ${fix})` });
    };
    const mismatch = (topic, why) => problems.push({
        level: 'warning',
        code: 'topic-mismatch',
        message: `the \`${topic}\` topic says ${why} (fix: ${gh}--remove-topic ${topic})`,
    });
    if (subject.listedBy !== undefined && !has(subject.listedBy))
        missing(subject.listedBy, 'the registry finds modules by it, and will not list this one');
    if (type === 'domain' && visibility === 'private') {
        if (!has(PRIVATE_TOPIC))
            missing(PRIVATE_TOPIC, 'a private domain implementation carries it');
    }
    else {
        if (!has(MODULE_TOPIC))
            missing(MODULE_TOPIC, 'every CIM module carries it');
        if (type === 'domain' && !has(DOMAIN_TOPIC))
            missing(DOMAIN_TOPIC, 'a domain implementation carries it');
    }
    for (const [topic, saysType] of TYPE_TOPICS) {
        if (!has(topic))
            continue;
        if (topic === PRIVATE_TOPIC && visibility === 'public')
            mismatch(topic, 'private, but cim.yaml says `visibility: public`, which wins');
        else if (saysType !== type)
            mismatch(topic, `type ${saysType}, but the module is ${type}`);
    }
    return problems;
}
/** `https://github.com/acme/cim-x` -> `acme/cim-x`; another host keeps its name, as `gh` wants it; null for no URL. */
function ghRepository(url) {
    const match = url ? /^https?:\/\/([^/]+)\/([^/]+)\/([^/]+?)\/?$/.exec(url) : null;
    if (!match)
        return null;
    const [, host, owner, repo] = match;
    return host === 'github.com' ? `${owner}/${repo}` : `${host}/${owner}/${repo}`;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./src/metadata/semver.ts
/** Versions and ranges, read with the `semver` package (npm's semver rules; prereleases as semver defines them). */

/** The canonical form of a version, or null when it is not semver. Tags may carry a leading `v`. */
function cleanVersion(text) {
    return semver.valid(text.trim().replace(/^v(?=\d)/, ''));
}
function isVersion(text) {
    return semver.valid(text) !== null && semver.valid(text) === text;
}
function isRange(text) {
    return text.trim().length > 0 && semver_default().validRange(text) !== null;
}
/** The highest semver tag, or null when no tag is a version. */
function highestTagVersion(tags) {
    const versions = tags.map(cleanVersion).filter((version) => version !== null);
    return versions.length === 0 ? null : semver.rsort(versions)[0];
}
/**
 * A Cargo version requirement as a semver range: Cargo reads a bare `0.3.0` as `^0.3.0` and separates
 * comparators with commas, where npm's semver reads a bare version as exact and separates with spaces.
 */
function cargoRequirementToRange(requirement) {
    const comparators = requirement
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
        .map((part) => (/^\d/.test(part) ? `^${part}` : part));
    const range = comparators.join(' ');
    return isRange(range) ? range : null;
}
/** Does `version` satisfy `range`? Prereleases count when the range names the same major.minor.patch. */
function satisfiesRange(version, range) {
    return semver_default().satisfies(version, range);
}

;// CONCATENATED MODULE: ./src/client/suggest.ts
/** "Did you mean": the registered names closest to a name that is not registered. */

/** At most `limit` names within a small edit distance of `wanted`, or containing it, closest first. */
function closestNames(wanted, names, limit = 3) {
    const maxDistance = Math.max(2, Math.floor(wanted.length / 4));
    const scored = [];
    for (const name of names) {
        const distance = editDistance(wanted, name, maxDistance);
        if (distance <= maxDistance)
            scored.push([name, distance]);
        else if (wanted.length >= 3 && name.includes(wanted))
            scored.push([name, maxDistance + 1]);
    }
    return scored
        .sort(([a, x], [b, y]) => x - y || order_compareStrings(a, b))
        .slice(0, limit)
        .map(([name]) => name);
}
/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            best = Math.min(best, current[j]);
        }
        if (best > max)
            return max + 1;
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/client/model.ts
/**
 * The modules of one modules.yaml, indexed once for the queries: by name, by type and by reverse dependency, so
 * that every query after the load is a lookup. Pure and synchronous; the client adds the loading.
 */






class ModuleIndex {
    byName = new Map();
    byType = new Map(MODULE_TYPES.map((type) => [type, []]));
    dependents = new Map();
    /** Modules by topic, in name order, built on the first query that needs it. */
    byTopic;
    /** Lower-cased searchable text per module, built on the first search. */
    searchText;
    constructor(file) {
        for (const name of Object.keys(file.modules).sort(order_compareStrings)) {
            const entry = file.modules[name];
            Object.freeze(entry.topics);
            Object.freeze(entry.dependencies);
            // Frozen, since every query hands out the same object; the name is set last as well, so that no stray
            // `name` key in an entry can hide it.
            const module = Object.freeze(Object.assign({ name }, entry, { name }));
            this.byName.set(name, module);
            this.byType.get(module.type).push(module);
            for (const target of Object.keys(module.dependencies)) {
                let list = this.dependents.get(target);
                if (!list)
                    this.dependents.set(target, (list = []));
                list.push(module);
            }
        }
    }
    get size() {
        return this.byName.size;
    }
    has(name) {
        return this.byName.has(name);
    }
    get(name) {
        const module = this.byName.get(name);
        if (!module)
            throw new ModuleNotFoundError(name, closestNames(name, this.byName.keys()));
        return module;
    }
    list(filter = {}) {
        if (filter.visibility !== undefined)
            checkOneOf('visibility', filter.visibility, VISIBILITIES);
        const { visibility, category, status } = filter;
        const topic = filter.topic === undefined ? undefined : checkTopic(filter.topic);
        let modules = filter.type !== undefined ? this.ofType(filter.type) : [...this.byName.values()];
        if (topic !== undefined)
            modules = modules.filter((module) => module.topics.includes(topic));
        if (visibility === undefined && category === undefined && status === undefined)
            return modules;
        return modules.filter((module) => (visibility === undefined || module.visibility === visibility) &&
            (category === undefined || module.category === category) &&
            (status === undefined || module.status === status));
    }
    /** Every topic the modules carry, most used first (ties by topic), with the modules that carry it. */
    topics() {
        if (!this.byTopic) {
            this.byTopic = new Map();
            for (const module of this.byName.values()) {
                for (const topic of new Set(module.topics)) {
                    let list = this.byTopic.get(topic);
                    if (!list)
                        this.byTopic.set(topic, (list = []));
                    list.push(module);
                }
            }
        }
        return [...this.byTopic]
            .map(([topic, modules]) => ({
            topic,
            modules: modules.map((module) => module.name),
            convention: CONVENTION_TOPICS.has(topic),
        }))
            .sort((a, b) => b.modules.length - a.modules.length || order_compareStrings(a.topic, b.topic));
    }
    ofType(type) {
        checkOneOf('module type', type, MODULE_TYPES);
        return [...this.byType.get(type)];
    }
    /**
     * Modules whose name, description, category, owner or topics contain every word of `text` (case-insensitive),
     * best first: an exact name, then words found in the name, then elsewhere; ties by name.
     */
    search(text) {
        const words = text.toLowerCase().split(/\s+/).filter(Boolean);
        if (words.length === 0)
            throw new RangeError('search needs at least one word');
        this.searchText ??= new Map([...this.byName.values()].map((module) => [
            module,
            {
                name: module.name,
                rest: [module.description, module.category, module.owner, ...module.topics].join('\n').toLowerCase(),
            },
        ]));
        const phrase = words.join(' ');
        const hits = [];
        for (const [module, { name, rest }] of this.searchText) {
            let score = name === phrase ? 0 : 1;
            for (const word of words) {
                if (name.includes(word))
                    continue;
                if (!rest.includes(word)) {
                    score = -1;
                    break;
                }
                score += 1;
            }
            if (score >= 0)
                hits.push([module, score]);
        }
        return hits.sort(([a, x], [b, y]) => x - y || order_compareStrings(a.name, b.name)).map(([module]) => module);
    }
    /** What `name` depends on, in name order; targets that are not registered are included, with a null version. */
    dependenciesOf(name) {
        const module = this.get(name);
        return Object.keys(module.dependencies)
            .sort(order_compareStrings)
            .map((target) => this.link(module, target));
    }
    /** The modules that depend on `name` (reverse dependencies), in name order, with the range each requires. */
    dependentsOf(name) {
        this.get(name);
        return (this.dependents.get(name) ?? []).map((module) => this.link(module, name));
    }
    /** Does the registered version of `name` satisfy `range`? False when the module has no version. */
    satisfies(name, range) {
        if (!isRange(range))
            throw new RangeError(`${JSON.stringify(range)} is not a semver range (e.g. ^0.3, >=0.1.0 <0.3.0)`);
        const { version } = this.get(name);
        return version !== null && satisfiesRange(version, range);
    }
    link(module, target) {
        const range = module.dependencies[target];
        const registered = this.byName.get(target);
        const version = registered?.version ?? null;
        return {
            from: module.name,
            to: target,
            range,
            registered: registered !== undefined,
            version,
            satisfied: version === null ? null : satisfiesRange(version, range),
        };
    }
}
/** A topic as GitHub stores it (lowercase); a RangeError for text that cannot be one. */
function checkTopic(topic) {
    const lower = typeof topic === 'string' ? topic.trim().toLowerCase() : topic;
    if (!isTopic(lower)) {
        throw new RangeError(`${JSON.stringify(topic)} is not a GitHub topic (lowercase letters, digits and hyphens, at most 50 characters, e.g. graph)`);
    }
    return lower;
}
function checkOneOf(what, value, allowed) {
    if (!allowed.includes(value))
        throw new RangeError(`unknown ${what} ${JSON.stringify(value)}; one of ${allowed.join(', ')}`);
}

// EXTERNAL MODULE: ./node_modules/@nats-io/jetstream/lib/mod.js
var mod = __nccwpck_require__(4091);
// EXTERNAL MODULE: ./node_modules/@nats-io/kv/lib/mod.js
var lib_mod = __nccwpck_require__(2085);
;// CONCATENATED MODULE: ./src/nats-registry/bucket.ts
/**
 * The registry's key-value buckets on a connection: open (or create) one, read it whole in one pass, apply a
 * batch of writes with a bounded number of puts in flight.
 */


/** Puts in flight at once: enough to fill the loopback's pipe, few enough to keep JetStream's acks on time. */
const WRITE_WINDOW = 256;
/** Opens `name`; creates it when it does not exist yet (the updater's first run). */
async function openBucket(nc, name, settings = {}, create = true) {
    const kvm = new lib_mod/* Kvm */.Br((0,mod/* jetstream */.mm)(nc));
    try {
        // open() binds without asking the server; status() is the round trip that finds out whether the bucket exists.
        const kv = await kvm.open(name);
        await kv.status();
        return kv;
    }
    catch (error) {
        if (!create || !isNotFound(error))
            throw error;
        // One revision per key: watchers resume from a revision and need each key's newest value, not its history.
        return kvm.create(name, {
            history: 1,
            replicas: settings.replicas ?? 1,
            description: 'CIM module registry (cim-registry-action)',
        });
    }
}
function isNotFound(error) {
    return /not found/i.test(error.message);
}
/** Every key's newest value as text; deleted keys are absent. One ordered consumer over the newest of each key. */
async function readBucket(kv) {
    const values = new Map();
    const status = await kv.status();
    const revision = status.streamInfo.state.last_seq;
    if (status.values === 0)
        return { values, revision };
    const watch = await kv.watch();
    for await (const entry of watch) {
        record(values, entry);
        if (entry.delta === 0)
            break;
    }
    watch.stop();
    return { values, revision };
}
/** The newest values of some keys (absent: not in the map), read in parallel. */
async function readKeys(kv, keys) {
    const values = new Map();
    await Promise.all([...keys].map(async (key) => record(values, await kv.get(key))));
    return values;
}
function record(values, entry) {
    if (!entry)
        return;
    if (entry.operation === 'PUT')
        values.set(entry.key, entry.string());
    else
        values.delete(entry.key);
}
/** Puts and deletes, WRITE_WINDOW at a time; the first failure stops the batch and is thrown. */
async function applyWrites(kv, wanted, writes) {
    const jobs = [
        ...writes.put.map((key) => () => kv.put(key, wanted.get(key))),
        ...writes.del.map((key) => () => kv.delete(key)),
    ];
    let next = 0;
    const worker = async () => {
        while (next < jobs.length)
            await jobs[next++]();
    };
    await Promise.all(Array.from({ length: Math.min(WRITE_WINDOW, jobs.length) }, worker));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: ./node_modules/@nats-io/transport-node/index.js
var transport_node = __nccwpck_require__(3948);
// EXTERNAL MODULE: ./node_modules/@nats-io/transport-node/lib/node_transport.js
var node_transport = __nccwpck_require__(3896);
;// CONCATENATED MODULE: ./src/events/connection.ts
/**
 * NATS connection settings, as the action's inputs and the command's flags give them, turned into the client's
 * connection options; and the one place that connects (`connectNats`) and says in words why a connection failed.
 * Every NATS connection of the project goes through `connectNats`: it is the only way that closes the socket of an
 * attempt that never completed (see `ClosingTransport`).
 *
 * Every secret (creds, token, password, nkey seed, TLS key) stays inside the authenticator or TLS options and is
 * listed by `secretsOf` so that the action can mask it; no message here ever contains one.
 */


// The package has no export map: its transport is reachable only by this path (checked by a test on every upgrade).


const SERVER = /^(?:(?:nats|tls|ws|wss):\/\/)?(?:[^\s/@]+@)?(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?\/?$/;
/** `nats://a:4222, b:4222` -> the server list; throws on an empty list or an entry that is not host[:port]. */
function parseServers(text) {
    const servers = text
        .split(',')
        .map((server) => server.trim())
        .filter((server) => server.length > 0);
    if (servers.length === 0)
        throw new Error('no NATS server given (a comma-separated list such as nats://nats.example.org:4222)');
    for (const server of servers) {
        // Credentials belong in the dedicated inputs, where they are masked; in a URL they would show in every log line,
        // so this check comes first and its message never quotes the URL.
        if (server.includes('@'))
            throw new Error('a NATS server URL must not hold credentials; use the token, user or creds settings');
        if (!SERVER.test(server))
            throw new Error(`NATS server ${JSON.stringify(server)} is not [nats://]host[:port]`);
    }
    return servers;
}
/** The secrets among the settings, for masking. */
function secretsOf(settings) {
    const tlsKey = isPem(settings.tlsKey) ? settings.tlsKey : undefined;
    const secrets = [settings.creds, settings.token, settings.password, settings.nkey, tlsKey];
    return secrets.filter((secret) => typeof secret === 'string' && secret.length > 0);
}
/** Connection options for the client; throws when the settings contradict each other. */
function connectionOptions(settings, extra = {}) {
    const methods = [
        settings.creds ? 'creds' : null,
        settings.token ? 'token' : null,
        settings.user || settings.password ? 'user/password' : null,
        settings.nkey ? 'nkey' : null,
    ].filter((method) => method !== null);
    if (methods.length > 1)
        throw new Error(`choose one NATS authentication method; got ${methods.join(' and ')}`);
    if (settings.password && !settings.user)
        throw new Error('a NATS password needs a user');
    if (Boolean(settings.tlsCert) !== Boolean(settings.tlsKey)) {
        throw new Error('a TLS client certificate needs its key, and a key its certificate');
    }
    return {
        servers: settings.servers,
        // Async traces capture a stack per request; formatting one makes the bundle's source-map support parse the
        // whole map, which alone doubled publish mode's cold start.
        noAsyncTraces: true,
        ...authenticatorOf(settings),
        ...tlsOf(settings),
        ...extra,
    };
}
function authenticatorOf(settings) {
    const encode = (text) => new TextEncoder().encode(text);
    if (settings.creds) {
        if (!/-----BEGIN NATS USER JWT-----/.test(settings.creds) ||
            !/-----BEGIN USER NKEY SEED-----/.test(settings.creds)) {
            throw new Error('the NATS creds are not the content of a .creds file (a user JWT and an nkey seed block)');
        }
        // The client's parser wants LF line ends and a line end after the last block; a secret pasted into a form
        // often has CRLF or no final newline.
        return { authenticator: (0,transport_node.credsAuthenticator)(encode(`${settings.creds.replace(/\r\n/g, '\n').trim()}\n`)) };
    }
    if (settings.token)
        return { authenticator: (0,transport_node.tokenAuthenticator)(settings.token) };
    if (settings.user)
        return { authenticator: (0,transport_node.usernamePasswordAuthenticator)(settings.user, settings.password ?? '') };
    if (settings.nkey) {
        if (!/^SU[A-Z2-7]{56}$/.test(settings.nkey.trim())) {
            throw new Error('the NATS nkey is not a user seed (SU followed by 56 base32 characters)');
        }
        return { authenticator: (0,transport_node.nkeyAuthenticator)(encode(settings.nkey.trim())) };
    }
    return {};
}
function tlsOf(settings) {
    if (!settings.tlsCa && !settings.tlsCert)
        return {};
    const pemOrFile = (value, key, fileKey) => value ? (isPem(value) ? { [key]: value } : { [fileKey]: value }) : {};
    return {
        tls: {
            ...pemOrFile(settings.tlsCa, 'ca', 'caFile'),
            ...pemOrFile(settings.tlsCert, 'cert', 'certFile'),
            ...pemOrFile(settings.tlsKey, 'key', 'keyFile'),
        },
    };
}
function isPem(value) {
    return typeof value === 'string' && value.includes('-----BEGIN');
}
/**
 * Connects, or throws an error whose message says what went wrong without naming any secret. `extra` holds the
 * client's own options for this use (name, timeout, reconnect policy); `signal` abandons the attempt at once, its
 * socket closed. This is the project's one entry point to NATS (the bridge, publish, `nats setup`, the KV mirror):
 * keep its signature stable.
 */
async function connectNats(settings, extra = {}, signal) {
    const attempt = Symbol('connect attempt');
    // Own keys survive the client's option parsing (`extend` copies Object.keys), so each transport knows its call.
    const options = { ...connectionOptions(settings, extra), [ATTEMPT_KEY]: attempt };
    if (signal?.aborted)
        throw new Error('connecting to NATS was cancelled');
    // The transport factory is global to the client library: set it before every connect so that this call's dials
    // and every later reconnect of this connection use the closing transport.
    (0,transport_node.setTransportFactory)({ factory: () => new ClosingTransport(), dnsResolveFn: node_transport.nodeResolveHost });
    const connecting = transport_node.NatsConnectionImpl.connect(options);
    let cancel = () => { };
    const cancelled = new Promise((_, reject) => {
        cancel = () => {
            ClosingTransport.abandon(attempt);
            reject(new Error('connecting to NATS was cancelled'));
        };
    });
    signal?.addEventListener('abort', cancel, { once: true });
    // A connection that completes after the caller gave up is closed rather than leaked.
    if (signal)
        void connecting.then((nc) => (signal.aborted ? nc.close() : undefined)).catch(() => { });
    try {
        return await Promise.race([connecting, cancelled]);
    }
    catch (error) {
        if (signal?.aborted)
            throw new Error('connecting to NATS was cancelled');
        throw describeConnectError(error, settings.servers, extra.timeout ?? DEFAULT_CONNECT_TIMEOUT_MS);
    }
    finally {
        signal?.removeEventListener('abort', cancel);
    }
}
/** The client's own default connect timeout (nats.js `timeout` option). */
const DEFAULT_CONNECT_TIMEOUT_MS = 20_000;
const ATTEMPT_KEY = 'cimConnectAttempt';
/**
 * nats.js 3.4's Node transport leaves the socket of a connection attempt that never completed: when the endpoint
 * accepts TCP but never sends the NATS `INFO` greeting (a monitoring or HTTP port, a load balancer, a TLS-first
 * listener), the connect `timeout` rejects and `close()` returns early because the transport "didn't succeed"
 * (`_closed`: `if (!this.connected) return`), so the socket and its listeners keep the process alive for hours.
 * The client fixed the same class of leak once before (nats-io/nats.node#315: "the client was not closed and thus
 * preventing the node application from terminating"). This transport closes its socket whenever the client closes
 * it, and remembers sockets still dialling so that an abandoned attempt can be closed too.
 */
class ClosingTransport extends node_transport.NodeTransport {
    static unfinished = new Set();
    dialing = null;
    /** Closes every socket of `attempt` that has not completed its handshake. */
    static abandon(attempt) {
        for (const transport of ClosingTransport.unfinished) {
            if (transport.options?.[ATTEMPT_KEY] === attempt)
                transport.destroy();
        }
    }
    async connect(hp, options) {
        ClosingTransport.unfinished.add(this);
        try {
            await super.connect(hp, options);
        }
        finally {
            ClosingTransport.unfinished.delete(this);
            this.dialing = null;
        }
    }
    /** The stock dial, except that the socket is known (and closable) before its TCP handshake completes. */
    dial(hp) {
        return new Promise((resolve, reject) => {
            let dialError;
            const socket = (0,external_node_net_.createConnection)(hp.port, hp.hostname, () => {
                socket.removeAllListeners();
                resolve(socket);
            });
            this.dialing = socket;
            socket.on('error', (error) => (dialError = error));
            socket.on('close', () => {
                socket.removeAllListeners();
                reject(dialError ?? new Error('connection closed before the NATS greeting'));
            });
            socket.setNoDelay(true);
        });
    }
    close(error) {
        if (!this.connected) {
            this.destroy();
            return Promise.resolve();
        }
        return super.close(error);
    }
    destroy() {
        this.done = true;
        ClosingTransport.unfinished.delete(this);
        // Destroying emits `close`, which settles the transport's pending dial or greeting with an error.
        this.dialing?.destroy();
        this.socket?.destroy();
        this.dialing = null;
    }
}
/** A connection to NATS failed. `refused`: the server refused the credentials or the TLS handshake, so retrying the
 *  same settings cannot help; otherwise the server may come (back) later. */
class NatsConnectError extends CimError {
    refused;
    name = 'NatsConnectError';
    constructor(message, refused) {
        super('NATS_CONNECT', message);
        this.refused = refused;
    }
}
/** Why a connection failed, in words. */
function describeConnectError(error, servers, timeoutMs) {
    const where = servers.join(', ');
    if (error instanceof transport_node.AuthorizationError || /authorization|authentication/i.test(error.message)) {
        return new NatsConnectError(`NATS at ${where} refused the credentials (${error.message})`, true);
    }
    const cause = error.cause;
    const detail = cause?.code ?? cause?.message ?? error.message;
    if (/TLS|certificate|SSL/i.test(`${error.message} ${cause?.message ?? ''}`)) {
        return new NatsConnectError(`TLS with NATS at ${where} failed: ${cause?.message ?? error.message}`, true);
    }
    // The endpoint took the TCP connection but sent no NATS greeting in time, or sent something else.
    const notNats = 'is it a NATS client port (not the monitoring port, an HTTP service, a load balancer or a TLS-first listener)?';
    if (/unexpected response/i.test(error.message))
        return new NatsConnectError(`the endpoint at ${where} does not speak NATS: ${notNats}`, false);
    if (error.name === 'TimeoutError' || /^timeout$/i.test(error.message)) {
        const within = timeoutMs === undefined ? '' : ` within ${timeoutMs} ms`;
        return new NatsConnectError(`no NATS greeting from ${where}${within}: the server is overloaded or unreachable, or ${notNats}`, false);
    }
    return new NatsConnectError(`cannot reach NATS at ${where}: ${detail}`, false);
}
/**
 * Closes the connection. The client records a "close trace" stack as it closes; in the bundle, formatting a stack
 * makes source-map support parse the whole source map, about 100 ms of publish mode's cold start for a trace
 * nobody reads. The trace is taken synchronously at the start of close(), so a zero stack limit around the call
 * skips it and nothing else.
 */
async function closeConnection(nc, drain = false) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let closing;
    try {
        closing = drain ? nc.drain() : nc.close();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
    await closing.catch(() => nc.close());
}

;// CONCATENATED MODULE: ./src/nats-registry/connect.ts

/**
 * The updater's reply subjects. Its direct gets and watches carry private records back on them, so they are not
 * under `_INBOX.>`, which readers may subscribe to (README: "Permissions").
 */
const UPDATER_INBOX_PREFIX = '_INBOX_CIM_UPDATER';
/**
 * A short-lived connection (a mirror run, the updater): gives up after `timeoutMs` instead of hanging a job.
 * A long-lived one (watch, serve): reconnects for ever, with jitter, so a restarted server is found again.
 */
function openNats(settings, name, lifetime, timeoutMs = 10_000) {
    const extra = lifetime === 'run'
        ? { name, timeout: timeoutMs, reconnect: false, inboxPrefix: UPDATER_INBOX_PREFIX }
        : {
            name,
            timeout: timeoutMs,
            maxReconnectAttempts: -1,
            reconnectTimeWait: 250,
            reconnectJitter: 250,
            waitOnFirstConnect: false,
        };
    return connectNats(settings, extra);
}


;// CONCATENATED MODULE: ./src/nats-registry/records.ts
/**
 * The registry as NATS carries it, pure: one key-value record per module and a `meta` record in the bucket, and
 * the `cim.registry.updated` event that tells what changed between two states of a bucket. Nothing here talks to
 * a server; mirror.ts writes what this computes and the client reads it back.
 */


const RECORD_SCHEMA = 1;
const DEFAULT_BUCKET = 'CIM_REGISTRY';
const UPDATED_SUBJECT = 'cim.registry.updated';
/** Private modules' changes, for readers allowed to see them (subject permissions tell the two apart). */
const PRIVATE_UPDATED_SUBJECT = 'cim.registry.private.updated';
/** The stream that keeps the events, so that a restarted consumer can catch up and a re-sent event is deduplicated. */
const EVENTS_STREAM = 'CIM_REGISTRY_EVENTS';
const META_KEY = 'meta';
const MODULE_KEY_PREFIX = 'module.';
/** Events stay under this many bytes of JSON whatever the change; lists are cut, counts stay whole. */
const MAX_UPDATED_EVENT_BYTES = (/* unused pure expression or super */ null && (8 * 1024));
/**
 * A record stays well under the server's default max_payload (1 MiB): a module that half the organization depends
 * on keeps the first of its dependents in its record and their count in `dependents_total` (the service's
 * `dependents` query pages through all of them), so that no one module's record can fail the whole mirror.
 */
const MAX_RECORD_BYTES = (/* unused pure expression or super */ null && (256 * 1024));
/** Where private modules go: a bucket of their own (`<bucket>_PRIVATE`), nowhere, or the same bucket. */
const PRIVATE_POLICIES = (/* unused pure expression or super */ null && (['bucket', 'omit', 'include']));
function moduleKey(name) {
    return `${MODULE_KEY_PREFIX}${name}`;
}
function moduleRecord(registry, name) {
    const module = registry.modules.get(name);
    const entry = toModuleEntry(module);
    const record = {
        schema: RECORD_SCHEMA,
        name,
        entry,
        health: module.health,
        dependents: module.dependents,
        ...(module.stale !== undefined ? { stale: module.stale } : {}),
        versions: entry.version !== null ? [entry.version] : [],
    };
    const size = Buffer.byteLength(JSON.stringify(record));
    if (size <= MAX_RECORD_BYTES)
        return record;
    // Names are short and alike: keep the share of the list that fits, with room to spare.
    const keep = Math.floor((module.dependents.length * (MAX_RECORD_BYTES / size)) / 2);
    return { ...record, dependents: module.dependents.slice(0, keep), dependents_total: module.dependents.length };
}
/** The wanted content of the public bucket and, with the `bucket` policy, of the private one. */
function bucketContents(registry, meta, policy) {
    const open = new Map();
    const hidden = new Map();
    for (const [name, module] of registry.modules) {
        const isPrivate = module.visibility === 'private' && policy !== 'include';
        if (isPrivate && policy === 'omit')
            continue;
        (isPrivate ? hidden : open).set(moduleKey(name), JSON.stringify(moduleRecord(registry, name)));
    }
    const metaText = (modules) => JSON.stringify({ schema: RECORD_SCHEMA, ...meta, modules });
    open.set(META_KEY, metaText(open.size));
    if (policy !== 'bucket')
        return { public: open, private: null };
    hidden.set(META_KEY, metaText(hidden.size));
    return { public: open, private: hidden };
}
/** The keys to put and to delete to turn `current` into `wanted`; only keys of ours are deleted. */
function bucketWrites(current, wanted, keys) {
    const put = [];
    const del = [];
    for (const key of keys ?? new Set([...current.keys(), ...wanted.keys()])) {
        const want = wanted.get(key);
        const have = current.get(key);
        if (want === undefined) {
            if (have !== undefined && (key === META_KEY || key.startsWith(MODULE_KEY_PREFIX)))
                del.push(key);
        }
        else if (want !== have)
            put.push(key);
    }
    // The meta record last: a reader that sees the new hash sees every module of it.
    put.sort((a, b) => Number(a === META_KEY) - Number(b === META_KEY) || compareStrings(a, b));
    return { put, del: del.sort(compareStrings) };
}
/** The event for the module keys that went from `before` to `after` (absent: undefined); null when none did. */
function updatedEvent(meta, changes, maxBytes = MAX_UPDATED_EVENT_BYTES) {
    const added = [];
    const removed = [];
    const updated = [];
    for (const [key, before, after] of changes) {
        if (!key.startsWith(MODULE_KEY_PREFIX) || before === after)
            continue;
        const name = key.slice(MODULE_KEY_PREFIX.length);
        const from = before === undefined ? undefined : versionOf(before);
        const to = after === undefined ? undefined : versionOf(after);
        if (from === undefined)
            added.push({ name, version: to ?? null });
        else if (to === undefined)
            removed.push({ name, version: from });
        else
            updated.push({ name, from, to });
    }
    if (added.length + removed.length + updated.length === 0)
        return null;
    const byName = (a, b) => compareStrings(a.name, b.name);
    const event = {
        schema: RECORD_SCHEMA,
        ...meta,
        added: added.sort(byName),
        removed: removed.sort(byName),
        updated: updated.sort(byName),
        counts: { added: added.length, removed: removed.length, updated: updated.length },
        truncated: false,
    };
    return fitEvent(event, maxBytes);
}
/** Cuts the longest list until the event fits: a binary search over how many items each list keeps. */
function fitEvent(event, maxBytes) {
    const size = (e) => Buffer.byteLength(JSON.stringify(e));
    if (size(event) <= maxBytes)
        return event;
    const full = { added: event.added, removed: event.removed, updated: event.updated };
    const cut = (keep) => ({
        ...event,
        added: full.added.slice(0, keep),
        removed: full.removed.slice(0, keep),
        updated: full.updated.slice(0, keep),
        truncated: true,
    });
    let low = 0;
    let high = Math.max(full.added.length, full.removed.length, full.updated.length);
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (size(cut(mid)) <= maxBytes)
            low = mid;
        else
            high = mid - 1;
    }
    return cut(low);
}
function versionOf(recordText) {
    try {
        const record = JSON.parse(recordText);
        return typeof record.entry?.version === 'string' ? record.entry.version : null;
    }
    catch {
        return null; // a record altered by hand into something unreadable: reported as updated, version unknown
    }
}
/** Reads a `meta` record's text; null when it is missing or not ours. */
function parseMeta(text) {
    if (text === undefined)
        return null;
    try {
        const meta = JSON.parse(text);
        return typeof meta.registry_hash === 'string' ? meta : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/nats-registry/watch.ts

const RETRY_MS = 500;
const STALL_CHECK_MS = 2000;
/** Changes of `bucket` from revision `from` on; ends when `signal` aborts or the connection closes. */
async function* watchBucket(nc, bucket, from, signal) {
    let next = Math.max(1, from);
    let kv = null;
    while (!signal?.aborted && !nc.isClosed()) {
        let watcher = null;
        const stop = () => watcher?.stop();
        signal?.addEventListener('abort', stop);
        const reconnects = watchReconnects(nc, stop);
        let watchdog;
        try {
            kv ??= await openBucket(nc, bucket, {}, false);
            watcher = await kv.watch({ resumeFromRevision: next });
            watchdog = stallWatchdog(kv, () => next, stop);
            for await (const entry of watcher) {
                if (entry.revision < next)
                    continue;
                next = entry.revision + 1;
                yield { key: entry.key, value: entry.operation === 'PUT' ? entry.string() : null, revision: entry.revision };
            }
        }
        catch {
            // The server is away or the bucket's stream has no leader yet (a cluster electing one): try again shortly.
            kv = null;
            await sleep(RETRY_MS, signal);
        }
        finally {
            clearInterval(watchdog);
            reconnects.stop();
            signal?.removeEventListener('abort', stop);
            watcher?.stop();
        }
    }
}
/** Calls `onStall` when the bucket holds revisions at or past `next()` at two checks in a row without progress. */
function stallWatchdog(kv, next, onStall) {
    let behindAt = null;
    const timer = setInterval(() => {
        kv.status().then((status) => {
            const expected = next();
            if (status.streamInfo.state.last_seq < expected)
                behindAt = null;
            else if (behindAt === expected)
                onStall();
            else
                behindAt = expected;
        }, () => { });
    }, STALL_CHECK_MS);
    timer.unref();
    return timer;
}
/** Calls `onReconnect` each time the connection comes back. */
function watchReconnects(nc, onReconnect) {
    const statuses = nc.status()[Symbol.asyncIterator]();
    (async () => {
        for (let next = await statuses.next(); !next.done; next = await statuses.next())
            if (next.value.type === 'reconnect')
                onReconnect();
    })().catch(() => { });
    return { stop: () => void statuses.return?.() };
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
    });
}

;// CONCATENATED MODULE: ./src/client/nats.ts







class NatsRegistrySource {
    options;
    timeoutMs;
    location;
    bucket;
    settings;
    connection = null;
    /** The record text of each module, and the revision they are current at. */
    texts = new Map();
    revision = 0;
    loading = null;
    /** The last parse of each module's record, reused while its text stays the same (a rebuild after one change
     *  parses one record, not ten thousand). */
    parsed = new Map();
    constructor(options, timeoutMs) {
        this.options = options;
        this.timeoutMs = timeoutMs;
        const { bucket, onInvalidRecord: _, servers, ...auth } = options;
        this.settings = {
            servers: Array.isArray(servers) ? servers : servers.split(',').map((server) => server.trim()),
            ...auth,
        };
        this.bucket = bucket ?? DEFAULT_BUCKET;
        this.location = `NATS bucket ${this.bucket} at ${this.settings.servers.join(', ')}`;
    }
    /** The modules as a modules.yaml would hold them; read from the bucket once, then kept current by watch(). */
    async modulesFile() {
        await this.load();
        const modules = {};
        for (const [name, text] of this.texts) {
            const module = this.parse(name, text);
            if (module)
                modules[name] = module.entry;
        }
        return { schema_version: REGISTRY_SCHEMA_VERSION, modules };
    }
    /** Rereads the bucket on the next query. */
    refresh() {
        this.loading = null;
    }
    /** Every change from now on, across reconnects and server restarts; ends when `signal` aborts. */
    async *watch(signal) {
        await this.load();
        const nc = await this.connect();
        const seen = new Map(this.texts);
        for await (const change of watchBucket(nc, this.bucket, this.revision + 1, signal)) {
            this.revision = Math.max(this.revision, change.revision);
            if (!change.key.startsWith(MODULE_KEY_PREFIX))
                continue;
            const name = change.key.slice(MODULE_KEY_PREFIX.length);
            const before = seen.get(name);
            if (change.value === (before ?? null))
                continue;
            const previous = before === undefined ? null : (this.parse(name, before, true)?.info ?? null);
            if (change.value === null) {
                seen.delete(name);
                this.texts.delete(name);
                this.parsed.delete(name);
                yield { type: 'removed', name, module: null, previous, revision: change.revision };
                continue;
            }
            const module = this.parse(name, change.value);
            if (!module)
                continue;
            seen.set(name, change.value);
            this.texts.set(name, change.value);
            yield { type: previous ? 'updated' : 'added', name, module: module.info, previous, revision: change.revision };
        }
    }
    async close() {
        const connection = this.connection;
        this.connection = null;
        if (connection)
            await closeConnection(await connection.catch(() => null)).catch(() => { });
    }
    load() {
        this.loading ??= this.read().catch((error) => {
            this.loading = null;
            throw error;
        });
        return this.loading;
    }
    async read() {
        const nc = await this.connect();
        const kv = await openBucket(nc, this.bucket, {}, false).catch((error) => {
            if (/not found/i.test(error.message))
                throw new RegistryFileNotFoundError(`${this.location}: no such bucket (has update run with NATS inputs?)`);
            throw new RegistryNetworkError(`${this.location}: ${error.message}`, undefined, { cause: error });
        });
        const { values, revision } = await readBucket(kv);
        if (!parseMeta(values.get(META_KEY)))
            throw new RegistryFileNotFoundError(`${this.location} holds no registry yet (no ${META_KEY} record)`);
        this.texts = new Map([...values]
            .filter(([key]) => key.startsWith(MODULE_KEY_PREFIX))
            .map(([key, text]) => [key.slice(MODULE_KEY_PREFIX.length), text]));
        this.revision = revision;
    }
    connect() {
        this.connection ??= openNats(this.settings, 'cim-registry-client', 'service', this.timeoutMs).catch((error) => {
            this.connection = null;
            throw new RegistryNetworkError(error.message, undefined, { cause: error });
        });
        return this.connection;
    }
    /** A record's entry, checked; null (and onInvalidRecord, once per text) when it is not one. */
    parse(name, text, quiet = false) {
        const known = this.parsed.get(name);
        if (known?.text === text)
            return known.result;
        const result = this.parseRecord(name, text, quiet);
        if (!quiet)
            this.parsed.set(name, { text, result });
        return result;
    }
    parseRecord(name, text, quiet) {
        const where = `${this.location}, key ${MODULE_KEY_PREFIX}${name}`;
        try {
            let record;
            try {
                record = JSON.parse(text);
            }
            catch (error) {
                throw new RegistryParseError(`${where}: not JSON (${error.message})`);
            }
            if (record?.name !== name)
                throw new RegistryParseError(`${where}: the record names ${JSON.stringify(record?.name)}`);
            const entry = checkModuleEntry(record.entry, where);
            return { entry, info: Object.freeze({ ...entry, name }) };
        }
        catch (error) {
            if (!quiet && error instanceof RegistryError)
                this.options.onInvalidRecord?.(`${MODULE_KEY_PREFIX}${name}`, error.message);
            else if (!(error instanceof RegistryError))
                throw error;
            return null;
        }
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/util/text.ts
/** Small text helpers shared by the readers. */
/** Strict UTF-8 decoding: null instead of replacement characters, so that a reader can say the file is not text. */
function decodeUtf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return null;
    }
}
function firstLine(message) {
    return message.split('\n')[0].trim();
}
/** The first `max` names, joined, then how many more: a log line stays readable on 10,000 history files. */
function listSome(names, max = 10) {
    const shown = names.slice(0, max).join(', ');
    return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

;// CONCATENATED MODULE: ./src/client/http.ts
/**
 * Registry files over HTTP. One GET per file, with a timeout that covers the whole exchange (redirects and body);
 * conditional requests (If-None-Match with the ETag of the copy held, and a 304 returns that copy); a size limit;
 * and a token sent to the configured origin only: redirects are followed by hand so that it never leaves it.
 */


const USER_AGENT = 'cim-registry-client';
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
class HttpReader {
    options;
    origin;
    /** The last copy of each file that came with an ETag, by URL. */
    copies = new Map();
    constructor(base, options) {
        this.options = options;
        if (base.protocol !== 'http:' && base.protocol !== 'https:')
            throw new TypeError(`the registry URL must be http or https, not ${base.protocol}`);
        if (base.username || base.password)
            throw new TypeError('the registry URL must not hold credentials; pass a token instead');
        if (options.token && base.protocol === 'http:' && !isLoopback(base.hostname)) {
            throw new TypeError(`refusing to send a token over plain http to ${base.host}; use https`);
        }
        this.origin = base.origin;
    }
    async read(url) {
        const where = shownUrl(url);
        const copy = this.copies.get(url.href);
        const signal = AbortSignal.timeout(this.options.timeoutMs);
        try {
            const response = await this.follow(url, copy?.etag, signal);
            if (response.status === 304 && copy)
                return copy.text;
            if (response.status !== 200) {
                await response.body?.cancel();
                throw this.statusError(response, where);
            }
            const text = await readText(response, this.options.maxBytes, where);
            const etag = response.headers.get('etag');
            if (etag)
                this.copies.set(url.href, { etag, text });
            else
                this.copies.delete(url.href);
            return text;
        }
        catch (error) {
            if (error instanceof RegistryError)
                throw error;
            if (signal.aborted) {
                throw new RegistryNetworkError(`${where}: no complete answer within ${this.options.timeoutMs} ms`, undefined, {
                    cause: error,
                });
            }
            throw new RegistryNetworkError(`${where}: request failed (${failureDetail(error)})`, undefined, { cause: error });
        }
    }
    async follow(start, etag, signal) {
        let url = start;
        for (let hops = 0;; hops++) {
            const headers = { 'user-agent': USER_AGENT, ...this.options.headers };
            if (etag)
                headers['if-none-match'] = etag;
            if (this.options.token && url.origin === this.origin)
                headers.authorization = `Bearer ${this.options.token}`;
            const response = await fetch(url, { headers, redirect: 'manual', signal });
            const location = response.headers.get('location');
            if (!REDIRECT_STATUSES.has(response.status) || location === null)
                return response;
            await response.body?.cancel();
            if (hops === MAX_REDIRECTS)
                throw new RegistryNetworkError(`${shownUrl(start)}: more than ${MAX_REDIRECTS} redirects`, response.status);
            url = new URL(location, url);
            if (url.protocol !== 'http:' && url.protocol !== 'https:') {
                throw new RegistryNetworkError(`${shownUrl(start)}: redirected to a ${url.protocol} URL`, response.status);
            }
        }
    }
    statusError(response, where) {
        const { status } = response;
        if (status === 404)
            return new RegistryFileNotFoundError(`${where}: not found (HTTP 404); ${this.options.notFoundHint}`);
        if ((status === 403 || status === 429) && response.headers.get('x-ratelimit-remaining') === '0') {
            const hint = this.options.token ? '' : ', or pass a token';
            return new RegistryNetworkError(`${where}: rate limit exhausted (HTTP ${status}); try later${hint}`, status);
        }
        if (status === 401 || status === 403) {
            const why = this.options.token
                ? 'the token was refused or cannot read the registry'
                : 'the registry needs a token';
            return new RegistryNetworkError(`${where}: access denied (HTTP ${status}); ${why}`, status);
        }
        if (status === 304)
            return new RegistryNetworkError(`${where}: HTTP 304 to a request that was not conditional`, status);
        return new RegistryNetworkError(`${where}: HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`, status);
    }
}
/** A URL as shown in messages: without its query, which may hold a per-file token (raw.githubusercontent.com does). */
function shownUrl(url) {
    return `${url.origin}${url.pathname}`;
}
async function readText(response, maxBytes, where) {
    const tooLarge = () => new RegistryNetworkError(`${where}: larger than ${maxBytes} bytes, the most this client accepts`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
        await response.body?.cancel();
        throw tooLarge();
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > maxBytes)
            throw tooLarge(); // leaving the loop cancels the stream
        chunks.push(chunk);
    }
    const text = decodeUtf8(Buffer.concat(chunks));
    if (text === null)
        throw new RegistryParseError(`${where}: not UTF-8 text`);
    return text;
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** undici says `fetch failed` and puts the reason (ECONNREFUSED, a closed socket...) in `cause`. */
function failureDetail(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}

;// CONCATENATED MODULE: ./src/format/files.ts
/**
 * The registry's files: their names and the texts found of them. The registry directory adapter, the GitHub branch
 * reader, the engine and the client all name files from here, so that none of them depends on another's code.
 */
/** The files of a registry folder, written by the engine and read by the client. */
const REGISTRY_FILES = {
    modules: 'modules.yaml',
    status: 'status.json',
    privateDomains: 'private-domains.yaml',
    changelog: 'changelog.md',
    readme: 'README.md',
};
/** private-domains.yaml's group for a private domain without a category. */
const UNCATEGORIZED = 'uncategorized';

;// CONCATENATED MODULE: ./src/client/file-readers.ts
/**
 * Where the registry files come from: a directory (a checkout of the registry repository, for offline use), a base
 * URL (such as the raw files of ORG/cim at a ref), or the GitHub contents API (private registry repositories).
 */






/**
 * A directory holding the registry files, or a checkout of the registry repository holding them in `registry/`.
 */
function directorySource(directory) {
    const dir = (0,external_node_path_.resolve)(directory);
    return {
        location: dir,
        async read(file) {
            const path = (0,external_node_path_.join)(await registryRoot(dir), file);
            let bytes;
            try {
                bytes = await (0,promises_namespaceObject.readFile)(path);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    throw new RegistryFileNotFoundError(`${path}: no such file`);
                throw new RegistryError(`${path}: ${error.message}`);
            }
            const text = decodeUtf8(bytes);
            if (text === null)
                throw new RegistryParseError(`${path}: not UTF-8 text`);
            return { text, where: path };
        },
    };
}
async function registryRoot(dir) {
    for (const candidate of [dir, (0,external_node_path_.join)(dir, 'registry')]) {
        if (await isFile((0,external_node_path_.join)(candidate, REGISTRY_FILES.modules)))
            return candidate;
    }
    const found = await (0,promises_namespaceObject.stat)(dir).catch(() => null);
    if (!found)
        throw new RegistryFileNotFoundError(`${dir}: no such directory`);
    if (!found.isDirectory())
        throw new RegistryFileNotFoundError(`${dir}: not a directory`);
    const { modules } = REGISTRY_FILES;
    throw new RegistryFileNotFoundError(`${dir} holds no ${modules} (nor registry/${modules}); give the registry folder or a checkout of the registry repository`);
}
async function isFile(path) {
    return (await (0,promises_namespaceObject.stat)(path).catch(() => null))?.isFile() ?? false;
}
/** The files under a base URL: `BASE/modules.yaml` and so on. A query on the base is kept on every file's URL. */
function urlSource(url, settings) {
    const base = parseUrl(url, 'registry URL');
    if (!base.pathname.endsWith('/'))
        base.pathname += '/';
    const reader = new HttpReader(base, {
        ...settings,
        notFoundHint: 'the URL must be the folder that holds modules.yaml',
    });
    return {
        location: shownUrl(base),
        async read(file) {
            const fileUrl = new URL(file, base);
            fileUrl.search = base.search;
            return { text: await reader.read(fileUrl), where: shownUrl(fileUrl) };
        },
    };
}
const GITHUB_NAME = /^[A-Za-z0-9._-]+$/;
function githubSource(github, settings) {
    for (const key of ['owner', 'repo']) {
        if (typeof github[key] !== 'string' || !GITHUB_NAME.test(github[key])) {
            const what = key === 'owner' ? 'user or organization' : 'repository';
            throw new TypeError(`github.${key} must be a GitHub ${what} name, not ${JSON.stringify(github[key])}`);
        }
    }
    const api = parseUrl(github.apiUrl ?? 'https://api.github.com', 'GitHub API URL');
    if (!api.pathname.endsWith('/'))
        api.pathname += '/';
    const folder = (github.path ?? 'registry').split('/').filter(Boolean);
    const reader = new HttpReader(api, {
        ...settings,
        // The raw media type: the body is the file itself, not JSON with base64 content (which stops at 1 MB).
        headers: { accept: 'application/vnd.github.raw+json', 'x-github-api-version': '2022-11-28' },
        notFoundHint: 'check owner, repository, path and ref; a private repository also answers 404 to a token that cannot read it',
    });
    const ref = github.ref ? `@${github.ref}` : '';
    return {
        location: `${github.owner}/${github.repo}/${folder.join('/')}${ref} (${shownUrl(api)})`,
        async read(file) {
            const segments = ['repos', github.owner, github.repo, 'contents', ...folder, ...file.split('/')].map(encodeURIComponent);
            const fileUrl = new URL(segments.join('/'), api);
            if (github.ref)
                fileUrl.searchParams.set('ref', github.ref);
            return { text: await reader.read(fileUrl), where: `${shownUrl(fileUrl)}${ref}` };
        },
    };
}
function parseUrl(url, what) {
    try {
        return new URL(url);
    }
    catch {
        throw new TypeError(`${JSON.stringify(String(url))} is not a valid ${what}`);
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/versions/types.ts
/**
 * The vocabulary of version history: what a module was at each version tag and at its head, and the evidence of
 * what it was built with (lock files) and whether that build passed CI. Shared by the engine, which writes the
 * history index, and the client, which answers versions / compat / drift / resolve from it.
 */
/** A commit's combined CI state, as GitHub's GraphQL `StatusState` names it (lower case); null: nothing known. */
const CI_STATES = ['success', 'failure', 'pending', 'error'];
/**
 * How a lock file pins a dependency. `path` (a sibling checkout) and `git-branch` (whatever the branch held when
 * the lock was written) cannot be rebuilt from the manifest alone: they are not reproducible.
 */
const LOCK_SOURCES = ['path', 'git-branch', 'git-tag', 'git-rev', 'registry'];

;// CONCATENATED MODULE: ./src/versions/index-file.ts
/**
 * The history index in the registry: `history/NAME.jsonl`, one JSON object per line, one line per version tag as
 * it was read (after the crates.io index: a line is appended, never rewritten; a tag that moved gets a second line
 * that says so), and `history/heads.json`, each module's head (rewritten when a head moves).
 * https://doc.rust-lang.org/cargo/reference/registry-index.html#json-schema
 *
 * heads.json holds the heads, one module a line, while it stays under HEADS_SHARDING_BYTES (about 1,000 modules,
 * with their summaries: types.ts). Past that, the heads go to HEADS_SHARDS files `history/heads-X.json` (X: the first
 * hex digit of the SHA-256 of the module's name) and heads.json lists them (`schema_version: 2`, `shards`): a run that
 * moves one head rewrites one shard, and every file stays under GraphQL's 512,000-byte text limit up to about 20,000
 * modules, so the heads read in one request with nothing fetched whole. A registry once sharded stays sharded: no
 * file is ever deleted.
 */





const HISTORY_DIR = 'history';
const HEADS_FILE = `${HISTORY_DIR}/heads.json`;
/** The size up to which heads.json holds the heads itself; GraphQL cuts a text at 512,000 bytes. */
const HEADS_SHARDING_BYTES = 400_000;
const HEADS_SHARDS = 16;
const HEADS_SHARD = /^heads-[0-9a-f]\.json$/;
/** Every name a heads file can have: heads.json and the shards. */
const HEADS_FILES = [
    HEADS_FILE,
    ...Array.from({ length: HEADS_SHARDS }, (_, digit) => `${HISTORY_DIR}/heads-${digit.toString(16)}.json`),
];
/** The shard file of a module's head, in a sharded registry. */
function headsShardFile(name) {
    return `${HISTORY_DIR}/heads-${createHash('sha256').update(name).digest('hex')[0]}.json`;
}
function historyFile(name) {
    return `${HISTORY_DIR}/${name}.jsonl`;
}
/** The module a history file belongs to, or null for a name that is not one of ours. */
function historyFileModule(file) {
    const match = /^history\/(.+)\.jsonl$/.exec(file);
    return match && isModuleName(match[1]) ? match[1] : null;
}
function isHistoryFile(file) {
    return file === HEADS_FILE || isHeadsShard(file) || historyFileModule(file) !== null;
}
function isHeadsShard(file) {
    return file.startsWith(`${HISTORY_DIR}/`) && HEADS_SHARD.test(file.slice(HISTORY_DIR.length + 1));
}
/** The lines of an index file that are well-formed entries, in file order; others are skipped (and kept). */
function parseVersionLines(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        try {
            const entry = versionEntry(JSON.parse(line));
            if (entry)
                entries.push(entry);
        }
        catch {
            // A damaged line stays in the file (append-only) and is not read.
        }
    }
    return entries;
}
/** The index text after appending `entries` to `existing`, which is kept byte for byte. */
function appendVersionLines(existing, entries) {
    const start = existing === undefined || existing === '' || existing.endsWith('\n') ? (existing ?? '') : `${existing}\n`;
    return start + entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}
function parseHeads(text) {
    const heads = new Map();
    if (text === undefined)
        return heads;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return heads;
    }
    const modules = value?.modules;
    if (!isObject(modules))
        return heads;
    for (const [name, head] of Object.entries(modules)) {
        const entry = headEntry(head);
        if (entry && names_isModuleName(name))
            heads.set(name, entry);
    }
    return heads;
}
/** The shard files a sharded heads.json lists (none for heads.json that holds the heads itself). */
function headsShards(text) {
    if (text === undefined)
        return [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return [];
    }
    const shards = value?.shards;
    if (!Array.isArray(shards))
        return [];
    // Only names of our shards: a reader over HTTP never follows a path it was handed.
    return shards
        .filter((shard) => typeof shard === 'string' && HEADS_SHARD.test(shard))
        .map((shard) => `${HISTORY_DIR}/${shard}`);
}
/** Every module's head: heads.json's own, and those of the shards it lists. */
function readHeads(files) {
    const heads = parseHeads(files[HEADS_FILE]);
    for (const shard of headsShards(files[HEADS_FILE]))
        for (const [name, head] of parseHeads(files[shard]))
            heads.set(name, head);
    return heads;
}
/**
 * The heads files' texts: heads.json alone while it fits HEADS_SHARDING_BYTES and `sharded` is false, else
 * heads.json listing every shard and each shard with its modules.
 */
function renderHeads(heads, sharded = false) {
    const whole = headsText(heads);
    if (!sharded && whole.length <= HEADS_SHARDING_BYTES)
        return { [HEADS_FILE]: whole };
    const shards = new Map(HEADS_FILES.slice(1).map((file) => [file, new Map()]));
    for (const [name, head] of heads)
        shards.get(headsShardFile(name)).set(name, head);
    const names = [...shards.keys()].map((file) => file.slice(HISTORY_DIR.length + 1));
    return {
        [HEADS_FILE]: `${JSON.stringify({ schema_version: 2, shards: names }, null, 1)}\n`,
        ...Object.fromEntries([...shards].map(([file, modules]) => [file, headsText(modules)])),
    };
}
/** One module a line, in name order: a moved head is a one-line diff, and the file is half an indented one's size. */
function headsText(heads) {
    const lines = Object.entries(sortRecord(Object.fromEntries(heads))).map(([name, head]) => `${JSON.stringify(name)}:${JSON.stringify(head)}`);
    return `{"schema_version":1,"modules":{${lines.length ? `\n${lines.join(',\n')}\n` : ''}}}\n`;
}
/**
 * The versions of a module, one per tag (the last line of a tag wins), oldest first: by version, then date.
 */
function index_file_currentVersions(entries) {
    const byTag = new Map();
    for (const entry of entries)
        byTag.set(entry.tag, entry);
    return [...byTag.values()].sort((a, b) => semver_default().compare(a.version, b.version) ||
        order_compareStrings(a.date ?? '', b.date ?? '') ||
        order_compareStrings(a.tag, b.tag));
}
function readHistoryIndex(files, notRead = new Set()) {
    const index = new Map();
    const heads = readHeads(files);
    for (const [file, text] of Object.entries(files)) {
        const name = historyFileModule(file);
        if (name !== null && text !== undefined)
            index.set(name, { versions: parseVersionLines(text), head: null });
    }
    for (const name of notRead)
        if (!index.has(name))
            index.set(name, { versions: null, head: null });
    for (const [name, head] of heads) {
        const history = index.get(name) ?? { versions: [], head: null };
        history.head = head;
        index.set(name, history);
    }
    return index;
}
function versionEntry(value) {
    if (!isObject(value))
        return null;
    const { version, tag, commit, date, manifest_version, dependencies, locked, ci, moved_from } = value;
    if (typeof version !== 'string' ||
        semver_default().valid(version) !== version ||
        typeof tag !== 'string' ||
        typeof commit !== 'string')
        return null;
    return {
        version,
        tag,
        commit,
        date: typeof date === 'string' ? date : null,
        manifest_version: typeof manifest_version === 'string' ? manifest_version : null,
        dependencies: stringRecord(dependencies),
        locked: lockEvidence(locked),
        ci: ciState(ci),
        ...(typeof moved_from === 'string' ? { moved_from } : {}),
        ...unreadableOf(value.unreadable),
    };
}
function headEntry(value) {
    if (!isObject(value) || typeof value.commit !== 'string')
        return null;
    const newestTag = typeof value.newest_tag === 'string' && semver_default().valid(value.newest_tag) === value.newest_tag
        ? value.newest_tag
        : undefined;
    const summary = summaryOf(value.summary);
    return {
        commit: value.commit,
        date: typeof value.date === 'string' ? value.date : null,
        version: typeof value.version === 'string' ? value.version : null,
        locked: lockEvidence(value.locked),
        ci: ciState(value.ci),
        ...unreadableOf(value.unreadable),
        ...(newestTag ? { newest_tag: newestTag } : {}),
        // A summary stands for the lines only when it agrees with the head: tags give a newest tag and its ranges.
        ...(summary && agrees(summary, newestTag) ? { summary } : {}),
    };
}
/** Whether a summary fits its head: a module with tags has a newest tag, and the ranges declared at it. */
function agrees(summary, newestTag) {
    const tagged = summary.versions > 0;
    return tagged === (newestTag !== undefined) && tagged === (summary.newest_dependencies !== undefined);
}
/**
 * A head's summary of its lines, when every field is well-formed; a damaged one is left out whole, and the run then
 * reads the lines (a summary in part would answer wrongly for them).
 */
function summaryOf(value) {
    if (!isObject(value))
        return null;
    const { versions, known, tags, newest_dependencies, notes } = value;
    const parsedNotes = notes === undefined ? [] : Array.isArray(notes) ? notes.map(versionNote) : [null];
    const valid = Number.isInteger(versions) &&
        versions >= 0 &&
        Array.isArray(known) &&
        known.every((version) => typeof version === 'string') &&
        isStringRecord(tags) &&
        (newest_dependencies === undefined || isStringRecord(newest_dependencies)) &&
        !parsedNotes.includes(null);
    if (!valid)
        return null;
    return {
        versions: versions,
        known: known,
        tags: { ...tags },
        ...(newest_dependencies !== undefined ? { newest_dependencies: { ...newest_dependencies } } : {}),
        ...(parsedNotes.length ? { notes: parsedNotes } : {}),
    };
}
function isStringRecord(value) {
    return isObject(value) && Object.values(value).every((item) => typeof item === 'string');
}
function versionNote(value) {
    if (!isObject(value))
        return null;
    const { version, tag, commit, manifest_version, moved_from } = value;
    if (typeof version !== 'string' ||
        typeof tag !== 'string' ||
        typeof commit !== 'string' ||
        (manifest_version !== null && typeof manifest_version !== 'string') ||
        (moved_from !== undefined && typeof moved_from !== 'string'))
        return null;
    return { version, tag, commit, manifest_version, ...(moved_from !== undefined ? { moved_from } : {}) };
}
function unreadableOf(value) {
    const list = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
    return list.length ? { unreadable: list } : {};
}
function lockEvidence(value) {
    if (!isObject(value))
        return null;
    const evidence = {};
    for (const [name, locked] of Object.entries(value)) {
        if (!isObject(locked) || !LOCK_SOURCES.includes(locked.source))
            continue;
        evidence[name] = {
            version: typeof locked.version === 'string' ? locked.version : null,
            source: locked.source,
            commit: typeof locked.commit === 'string' ? locked.commit : null,
        };
    }
    return evidence;
}
function ciState(value) {
    return CI_STATES.includes(value) ? value : null;
}
function stringRecord(value) {
    if (!isObject(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((pair) => typeof pair[1] === 'string'));
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/versions/catalog.ts
/**
 * The resolver's view of the registry: each module's versions (its tags, plus the head's version when no tag has
 * it) with the ranges declared at each, and the dependency versions each was built with and passed CI with.
 */

function catalogVersions(module, history) {
    const versions = index_file_currentVersions(history?.versions ?? []).map((entry) => ({
        version: entry.version,
        dependencies: entry.dependencies,
        ...verifiedOf(entry.ci === 'success' ? entry.locked : null),
    }));
    if (module.version !== null && !versions.some((entry) => entry.version === module.version)) {
        const head = history?.head ?? null;
        versions.push({
            version: module.version,
            dependencies: module.dependencies,
            ...verifiedOf(head?.ci === 'success' ? head.locked : null),
        });
    }
    return versions;
}
/** Every dependency name any version of the module declares: where a lazy reader looks next. */
function dependencyNames(versions) {
    return new Set(versions.flatMap((version) => Object.keys(version.dependencies)));
}
function verifiedOf(locked) {
    if (!locked)
        return {};
    const verified = Object.fromEntries(Object.entries(locked).flatMap(([name, lock]) => (lock.version ? [[name, lock.version]] : [])));
    return Object.keys(verified).length ? { verified } : {};
}

;// CONCATENATED MODULE: ./src/versions/summary.ts
/**
 * A module's version lines, or their summary when they were not read (HistorySummary in types.ts): the questions
 * the engine asks of every module's history (how many versions, which versions it ever named, the tag at a commit,
 * the ranges at its newest tag, the notes that give warnings), answered the same from either. A run on a large
 * registry reads the history files of the modules it reads only; planHistory writes every other module's summary
 * back unchanged, and computes the summary of each module whose lines it holds.
 */



/** The highest version a module's tags name (a head's `newest_tag`), when it has any. */
function newestTagOf(versions) {
    return currentVersions(versions)
        .map((entry) => entry.version)
        .sort(semver.rcompare)[0];
}
function summarizeVersions(versions) {
    const current = currentVersions(versions);
    const tags = new Map();
    for (const entry of versions)
        if (!tags.has(entry.commit))
            tags.set(entry.commit, entry.tag);
    const newestTag = newestTagOf(versions);
    const notes = current.filter(isNoted).map(({ version, tag, commit, manifest_version, moved_from }) => ({
        version,
        tag,
        commit,
        manifest_version,
        ...(moved_from ? { moved_from } : {}),
    }));
    return {
        versions: current.length,
        // In string order: a damaged line's manifest_version need not be semver.
        known: sortedUnique(versions.flatMap(namedVersions)),
        tags: Object.fromEntries(tags),
        ...(newestTag ? { newest_dependencies: current.find((entry) => entry.version === newestTag).dependencies } : {}),
        ...(notes.length ? { notes } : {}),
    };
}
/** How many versions (tags) a module has. */
function versionCount(history) {
    return history?.versions ? currentVersions(history.versions).length : (history?.head?.summary?.versions ?? 0);
}
/** Every version a module's lines name: their tags' and their manifests'. */
function summary_namedVersionsOf(history) {
    return history?.versions ? history.versions.flatMap(namedVersions) : (history?.head?.summary?.known ?? []);
}
/** The first tag read at `commit`, if any. */
function summary_tagAt(history, commit) {
    if (history?.versions)
        return history.versions.find((entry) => entry.commit === commit)?.tag;
    return Object.hasOwn(history?.head?.summary?.tags ?? {}, commit) ? history.head.summary.tags[commit] : undefined;
}
/** The ranges a module declares at `version` when a tag has it; undefined when none does. */
function dependenciesAtTag(history, version) {
    if (history?.versions)
        return currentVersions(history.versions).find((entry) => entry.version === version)?.dependencies;
    const head = history?.head;
    return head?.newest_tag === version ? head.summary?.newest_dependencies : undefined;
}
/** The current versions of a module that give a warning: a tag naming another version than its manifest, or moved. */
function summary_tagNotes(history) {
    if (history?.versions)
        return currentVersions(history.versions).filter(isNoted);
    return history?.head?.summary?.notes ?? [];
}
/** The lines of a module this run reads: an index that lacks them is a defect of the reader, not of the registry. */
function linesOf(name, history) {
    if (history && history.versions === null)
        throw new Error(`the history of ${name} was not read, but this run reads ${name}: its history file must be read`);
    return history;
}
function namedVersions(entry) {
    return entry.manifest_version ? [entry.version, entry.manifest_version] : [entry.version];
}
function isNoted(entry) {
    return (entry.manifest_version !== null && entry.manifest_version !== entry.version) || Boolean(entry.moved_from);
}

;// CONCATENATED MODULE: ./src/versions/evidence.ts
/**
 * What the history tells, as pure functions of the index and the newest registered versions: the warnings of each
 * module, the drift of the heads' locks, a module's compatibility with its dependencies. The engine writes the
 * warnings into status.json; the client answers `drift` and `compat` with the same functions.
 */




/**
 * A module's newest version: the higher of the version modules.yaml registers (the head's manifest) and the
 * highest version its tags name (a tag `v0.8.1` over a manifest that still says 0.8.0 is a release of 0.8.1).
 */
function newestOf(registered, head) {
    const candidates = [registered, head?.newest_tag].filter((v) => typeof v === 'string' && semver_default().valid(v) !== null);
    return candidates.sort((semver_default()).rcompare)[0] ?? null;
}
function isReproducible(source) {
    return source !== 'path' && source !== 'git-branch';
}
/** Every version a module is known to have had: its tags' versions, their manifests' and the head's. */
function knownVersions(history, newest) {
    const known = new Set(namedVersionsOf(history));
    if (history?.head?.version)
        known.add(history.head.version);
    if (newest)
        known.add(newest);
    return known;
}
/**
 * Every cim package of every head lock whose locked version differs from the newest registered one, or that
 * cannot be reproduced; by module, then dependency. A dependency the registry does not know has no newest.
 */
function drift(index, newest) {
    const entries = [];
    for (const module of [...index.keys()].sort(order_compareStrings)) {
        const locked = index.get(module).head?.locked;
        for (const [dependency, lock] of Object.entries(locked ?? {})) {
            const newestVersion = newest.get(dependency) ?? null;
            const reproducible = isReproducible(lock.source);
            const behind = lock.version !== null && newestVersion !== null && lock.version !== newestVersion;
            if (!behind && reproducible)
                continue;
            entries.push({
                module,
                dependency,
                locked: lock.version,
                newest: newestVersion,
                source: lock.source,
                commit: lock.commit,
                reproducible,
            });
        }
    }
    return entries;
}
/**
 * The warnings the history gives each module (status.json problems, never errors): tag-version-mismatch,
 * tag-moved, locked-behind, unreproducible-dependency, unknown-locked-version and ci-failing.
 */
function historyWarnings(index, newest) {
    const warnings = new Map();
    const warn = (module, code, message, file) => (warnings.get(module) ?? warnings.set(module, []).get(module)).push({
        level: 'warning',
        code,
        message,
        ...(file ? { file } : {}),
    });
    for (const [module, history] of [...index].sort(([a], [b]) => compareStrings(a, b))) {
        for (const entry of tagNotes(history)) {
            if (entry.manifest_version !== null && entry.manifest_version !== entry.version) {
                warn(module, 'tag-version-mismatch', `tag ${entry.tag} (commit ${evidence_short(entry.commit)}) names ${entry.version} but the manifest at that commit says ${entry.manifest_version}`);
            }
            if (entry.moved_from) {
                warn(module, 'tag-moved', `tag ${entry.tag} moved from commit ${evidence_short(entry.moved_from)} to ${evidence_short(entry.commit)}; both readings are kept in history/${module}.jsonl`);
            }
        }
        const head = history.head;
        if (!head)
            continue;
        for (const [dependency, lock] of Object.entries(head.locked ?? {})) {
            const newestVersion = newest.get(dependency) ?? null;
            if (lock.version !== null && newestVersion !== null && semver.lt(lock.version, newestVersion)) {
                warn(module, 'locked-behind', `built with ${describeLock(dependency, lock, index.get(dependency))} ${describeSource(lock)}, but the newest registered version is ${newestVersion}`);
            }
            if (!isReproducible(lock.source)) {
                warn(module, 'unreproducible-dependency', `${dependency} is locked by ${lock.source === 'path' ? 'a path (a sibling checkout)' : 'a git branch'}: the build cannot be reproduced from the manifest alone`);
            }
            if (lock.version !== null &&
                newest.has(dependency) &&
                !knownVersions(index.get(dependency), newest.get(dependency)).has(lock.version)) {
                warn(module, 'unknown-locked-version', `the lock pins ${dependency} ${lock.version}, which no known version of ${dependency} has (no tag, no manifest)`);
            }
        }
        for (const reason of head.unreadable ?? []) {
            const at = reason.indexOf(': ');
            const file = reason.slice(0, at);
            warn(module, 'invalid-lock', `${file} at the head commit ${evidence_short(head.commit)} is not read: ${reason.slice(at + 2)}`, file);
        }
        if (head.ci === 'failure' || head.ci === 'error')
            warn(module, 'ci-failing', `CI of the head commit ${evidence_short(head.commit)} is ${head.ci}`);
    }
    return warnings;
}
/** How a module's version (or its head) stands to each dependency. `declared` is the range at that version. */
function compat(name, history, declaredAtHead, newest, version) {
    const versions = index_file_currentVersions(history?.versions ?? []);
    const chosen = version === undefined ? null : versions.filter((entry) => entry.version === version);
    if (chosen !== null && chosen.length === 0)
        throw new RangeError(`${name} has no version ${version} in its history (known: ${versions.map((v) => v.version).join(', ') || 'none'})`);
    const declared = chosen ? chosen[chosen.length - 1].dependencies : declaredAtHead;
    const locked = chosen ? chosen[chosen.length - 1].locked : (history?.head?.locked ?? null);
    const builds = (chosen ?? [...versions, ...(history?.head ? [history.head] : [])]).map((b) => ({
        locked: b.locked,
        passed: b.ci === 'success',
    }));
    const names = order_sortedUnique([...Object.keys(declared), ...Object.keys(locked ?? {})]);
    const result = {};
    for (const dependency of names) {
        const range = declared[dependency] ?? null;
        const newestVersion = newest.get(dependency) ?? null;
        const builtWith = builds.map((b) => b.locked?.[dependency]?.version).filter(isString);
        const verified = builds
            .filter((b) => b.passed)
            .map((b) => b.locked?.[dependency]?.version)
            .filter(isString);
        result[dependency] = {
            declared: range,
            locked: locked?.[dependency]?.version ?? null,
            newest: newestVersion,
            satisfied: range !== null && newestVersion !== null ? semver_default().satisfies(newestVersion, range) : null,
            verified: sortVersions(verified),
            built_with: sortVersions(builtWith),
        };
    }
    return order_sortRecord(result);
}
/** "cim-domain 0.8.1 (commit 33414f1, tag v0.8.1)": what a lock says, in words. */
function describeLock(name, lock, history) {
    const tag = lock.commit ? tagAt(history, lock.commit) : undefined;
    const parts = [lock.commit ? `commit ${evidence_short(lock.commit)}` : null, tag ? `tag ${tag}` : null].filter(isString);
    return `${name} ${lock.version ?? 'at an untagged commit'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
function describeSource(lock) {
    return lock.source === 'registry'
        ? 'from a registry'
        : lock.source === 'path'
            ? 'by path'
            : `by ${lock.source.replace('-', ' ')}`;
}
function evidence_short(commit) {
    return commit.slice(0, 7);
}
function sortVersions(versions) {
    return order_sortedUnique(versions).sort((semver_default()).compare);
}
function isString(value) {
    return typeof value === 'string';
}

;// CONCATENATED MODULE: ./src/versions/resolve.ts
/**
 * `resolve`: versions of the named modules and of all their transitive cim dependencies that satisfy every
 * declared range of the chosen versions, preferring verified combinations, then newest versions; or a plain-words
 * explanation of which ranges clash through which chain.
 *
 * The solver is PubGrub (Natalie Weizenbaum's algorithm, as Dart's pub and uv use it:
 * https://github.com/dart-lang/pub/blob/master/doc/solver.md), written here because npm has no maintained
 * JavaScript implementation. It is kept small by one simplification: every module's versions are known and few,
 * so a term is a bit set over them (bigint), with one more bit for "not selected at all". Then a positive term
 * ("cim-domain ^0.8") is the set of its versions, a negative one ("not cim-domain ^0.8") is the complement,
 * absence included, and every operation of the algorithm is set algebra: intersection, subset, disjointness.
 */


/** `NAME` or `NAME@RANGE`. */
function parseResolveSpec(text) {
    const at = text.indexOf('@', 1);
    const name = at < 0 ? text : text.slice(0, at);
    const range = at < 0 ? '*' : text.slice(at + 1).trim();
    if (name === '' || range === '' || semver_default().validRange(range) === null)
        throw new RangeError(`${JSON.stringify(text)} is not NAME or NAME@RANGE (a semver range)`);
    return { name, range };
}
const ROOT = '\u0000root';
/** One range per named module: two specs of one module must both hold (`cim-a@^1 cim-a@<1.5` is `^1 <1.5`). */
function requestedRanges(specs) {
    const ranges = new Map();
    for (const { name, range } of specs) {
        const known = ranges.get(name);
        if (known !== undefined && (known.includes('||') || range.includes('||')))
            throw new RangeError(`${name} is named twice with a range that has ||: give it one range`);
        ranges.set(name, known === undefined ? range : `${known} ${range}`);
    }
    return Object.fromEntries(ranges);
}
class SolveFailure extends Error {
    incompatibility;
    constructor(incompatibility) {
        super('version solving failed');
        this.incompatibility = incompatibility;
    }
}
function resolve(catalog, specs) {
    return new Solver(catalog, specs).run();
}
class Solver {
    catalog;
    packages = new Map();
    incompatibilities = new Map();
    assignments = [];
    /** The intersection of the assignments of each package (absent: no assignment, i.e. anything). */
    solution = new Map();
    decided = new Map();
    /** Undecided packages whose solution is positive (they must be selected): the candidates of the next decision. */
    required = new Set();
    /** `name version-run dependency` of the dependency incompatibilities added: a version decided again after a
     *  backtrack does not add them twice. */
    added = new Set();
    level = 0;
    root;
    /** Named modules the catalog does not hold. */
    unknown;
    constructor(catalog, specs) {
        this.catalog = catalog;
        this.root = this.makePackage(ROOT, [{ version: '0.0.0', dependencies: requestedRanges(specs) }]);
        this.unknown = specs.map((spec) => spec.name).filter((name) => !catalog.has(name));
    }
    run() {
        if (this.unknown.length > 0)
            return {
                ok: false,
                explanation: `${this.unknown.join(', ')} ${this.unknown.length === 1 ? 'is' : 'are'} not in the registry.`,
            };
        // "The root not selected" is incompatible: unit propagation derives that the root is selected.
        this.addIncompatibility({ terms: [{ pkg: this.root, set: this.root.absent }], cause: { kind: 'root' } });
        try {
            let next = this.root;
            while (next) {
                this.propagate(next);
                next = this.decide();
            }
        }
        catch (error) {
            if (error instanceof SolveFailure)
                return { ok: false, explanation: explain(error.incompatibility) };
            throw error;
        }
        const versions = {};
        for (const [pkg, index] of [...this.decided].sort(([a], [b]) => order_compareStrings(a.name, b.name))) {
            if (pkg !== this.root)
                versions[pkg.name] = pkg.versions[index].version;
        }
        return { ok: true, versions };
    }
    makePackage(name, versions) {
        const parsed = [...new Map(versions.map((v) => [v.version, v])).values()].map((v) => ({
            v,
            semver: new (semver_default()).SemVer(v.version),
        }));
        parsed.sort((a, b) => a.semver.compare(b.semver));
        const absent = 1n << BigInt(parsed.length);
        const pkg = {
            name,
            versions: parsed.map((p) => p.v),
            parsed: parsed.map((p) => p.semver),
            ranges: new Map(),
            absent,
            full: (absent << 1n) - 1n,
        };
        this.packages.set(name, pkg);
        return pkg;
    }
    pkg(name) {
        const known = this.packages.get(name);
        if (known)
            return known;
        const versions = this.catalog.get(name);
        return versions ? this.makePackage(name, versions) : null;
    }
    addIncompatibility(incompatibility) {
        for (const term of incompatibility.terms) {
            const list = this.incompatibilities.get(term.pkg) ?? [];
            list.push(incompatibility);
            this.incompatibilities.set(term.pkg, list);
        }
    }
    solutionOf(pkg) {
        return this.solution.get(pkg) ?? pkg.full;
    }
    assign(pkg, set, decision, cause) {
        if (decision)
            this.level++;
        this.assignments.push({ pkg, set, level: this.level, decision, cause });
        const now = this.solutionOf(pkg) & set;
        this.solution.set(pkg, now);
        if (decision) {
            this.decided.set(pkg, highestBit(set));
            this.required.delete(pkg);
        }
        else if ((now & pkg.absent) === 0n && !this.decided.has(pkg))
            this.required.add(pkg);
    }
    /** satisfied, contradicted, or the one term left undecided (almost satisfied); null when inconclusive. */
    relation(incompatibility) {
        let open = null;
        for (const term of incompatibility.terms) {
            const have = this.solutionOf(term.pkg);
            if ((have & term.set) === 0n)
                return 'contradicted';
            if ((have & ~term.set & term.pkg.full) === 0n)
                continue;
            if (open)
                return null;
            open = term;
        }
        return open ?? 'satisfied';
    }
    propagate(start) {
        const changed = [start];
        while (changed.length > 0) {
            const pkg = changed.pop();
            const list = this.incompatibilities.get(pkg) ?? [];
            for (let i = list.length - 1; i >= 0; i--) {
                const incompatibility = list[i];
                const relation = this.relation(incompatibility);
                if (relation === 'contradicted' || relation === null)
                    continue;
                if (relation === 'satisfied') {
                    const learned = this.resolveConflict(incompatibility);
                    const term = this.relation(learned);
                    if (term === 'satisfied' || term === 'contradicted' || term === null)
                        throw new Error('internal: a learned incompatibility is not almost satisfied');
                    this.assign(term.pkg, ~term.set & term.pkg.full, false, learned);
                    changed.length = 0;
                    changed.push(term.pkg);
                    break;
                }
                this.assign(relation.pkg, ~relation.set & relation.pkg.full, false, incompatibility);
                changed.push(relation.pkg);
            }
        }
    }
    /** The index of the assignment at which `terms` become satisfied (-1: before any), counting `extra` first. */
    satisfier(terms, upTo, extra) {
        let latest = -1;
        for (const term of terms) {
            let have = extra && extra.pkg === term.pkg ? term.pkg.full & extra.set : term.pkg.full;
            let found = -1;
            if ((have & ~term.set & term.pkg.full) !== 0n) {
                for (let i = 0; i < upTo; i++) {
                    const assignment = this.assignments[i];
                    if (assignment.pkg !== term.pkg)
                        continue;
                    have &= assignment.set;
                    if ((have & ~term.set & term.pkg.full) === 0n) {
                        found = i;
                        break;
                    }
                }
            }
            latest = Math.max(latest, found);
        }
        return latest;
    }
    resolveConflict(start) {
        let incompatibility = start;
        for (;;) {
            const terms = incompatibility.terms;
            if (terms.length === 0 ||
                (terms.length === 1 && terms[0].pkg === this.root && (terms[0].set & this.root.absent) === 0n))
                throw new SolveFailure(incompatibility);
            const at = this.satisfier(terms, this.assignments.length);
            const satisfier = this.assignments[at];
            const term = terms.find((t) => t.pkg === satisfier.pkg);
            const previous = this.satisfier(terms, at, satisfier);
            const previousLevel = previous >= 0 ? Math.max(1, this.assignments[previous].level) : 1;
            if (satisfier.decision || previousLevel !== satisfier.level) {
                if (incompatibility !== start)
                    this.addIncompatibility(incompatibility);
                this.backtrack(previousLevel);
                return incompatibility;
            }
            const merged = new Map();
            const add = (t) => merged.set(t.pkg, (merged.get(t.pkg) ?? t.pkg.full) & t.set);
            for (const t of [...terms, ...satisfier.cause.terms])
                if (t.pkg !== satisfier.pkg)
                    add(t);
            // The part of the satisfier that the term does not cover still needs ruling out.
            if ((satisfier.set & ~term.set & satisfier.pkg.full) !== 0n)
                add({ pkg: satisfier.pkg, set: (~satisfier.set & satisfier.pkg.full) | term.set });
            incompatibility = {
                terms: [...merged].filter(([pkg, set]) => set !== pkg.full).map(([pkg, set]) => ({ pkg, set })),
                cause: { kind: 'derived', left: incompatibility, right: satisfier.cause },
            };
        }
    }
    backtrack(level) {
        while (this.assignments.length > 0 && this.assignments.at(-1).level > level) {
            const removed = this.assignments.pop();
            if (removed.decision)
                this.decided.delete(removed.pkg);
        }
        this.level = level;
        this.solution.clear();
        this.required.clear();
        for (const assignment of this.assignments) {
            const now = this.solutionOf(assignment.pkg) & assignment.set;
            this.solution.set(assignment.pkg, now);
            if ((now & assignment.pkg.absent) === 0n && !this.decided.has(assignment.pkg))
                this.required.add(assignment.pkg);
        }
    }
    /** Picks the undecided required package with the fewest candidates and decides a version of it. */
    decide() {
        let best = null;
        let bestCount = Infinity;
        for (const pkg of this.required) {
            const count = popcount(this.solutionOf(pkg));
            if (count < bestCount)
                [best, bestCount] = [pkg, count];
            if (count <= 1)
                break;
        }
        if (!best)
            return null;
        const allowed = this.solutionOf(best) & ~best.absent;
        if (allowed === 0n) {
            this.addIncompatibility({ terms: [{ pkg: best, set: this.solutionOf(best) }], cause: { kind: 'no-versions' } });
            return best;
        }
        const index = this.preferred(best, allowed);
        this.addDependencies(best, index);
        // As pub does: a version whose dependencies the partial solution already rules out is not decided; unit
        // propagation of its dependency incompatibility then rules the version out, without a conflict to resolve.
        if (!this.clashes(best.versions[index]))
            this.assign(best, 1n << BigInt(index), true, null);
        return best;
    }
    clashes(version) {
        for (const [name, range] of Object.entries(version.dependencies)) {
            const dependency = this.packages.get(name);
            if (dependency && (rangeSet(dependency, range) & this.solutionOf(dependency)) === 0n)
                return true;
        }
        return false;
    }
    /** A version some decided module was built with and verified, when allowed; else the newest allowed. */
    preferred(pkg, allowed) {
        for (const [decided, index] of this.decided) {
            const verified = decided.versions[index].verified?.[pkg.name];
            const at = verified === undefined ? -1 : pkg.versions.findIndex((v) => v.version === verified);
            if (at >= 0 && (allowed & (1n << BigInt(at))) !== 0n)
                return at;
        }
        return highestBit(allowed);
    }
    /** One incompatibility per dependency, over the run of neighbouring versions that declare the same range. */
    addDependencies(pkg, index) {
        const chosen = pkg.versions[index];
        for (const [name, range] of Object.entries(chosen.dependencies).sort(([a], [b]) => order_compareStrings(a, b))) {
            if (name === pkg.name)
                continue;
            const dependency = this.pkg(name);
            if (!dependency)
                continue;
            let low = index;
            let high = index;
            while (low > 0 && pkg.versions[low - 1].dependencies[name] === range)
                low--;
            while (high < pkg.versions.length - 1 && pkg.versions[high + 1].dependencies[name] === range)
                high++;
            const key = `${pkg.name}\u0000${low}\u0000${name}`;
            if (this.added.has(key))
                continue;
            this.added.add(key);
            let versions = 0n;
            for (let i = low; i <= high; i++)
                versions |= 1n << BigInt(i);
            const accepted = rangeSet(dependency, range);
            this.addIncompatibility({
                terms: [
                    { pkg, set: versions },
                    { pkg: dependency, set: ~accepted & dependency.full },
                ],
                cause: { kind: 'dependency', range },
            });
        }
    }
}
function rangeSet(pkg, range) {
    let set = pkg.ranges.get(range);
    if (set === undefined) {
        set = 0n;
        const parsed = new (semver_default()).Range(range);
        for (let i = 0; i < pkg.parsed.length; i++)
            if (parsed.test(pkg.parsed[i]))
                set |= 1n << BigInt(i);
        pkg.ranges.set(range, set);
    }
    return set;
}
/** Set bits, 30 at a time as small integers (bigint arithmetic allocates). */
function popcount(set) {
    let count = 0;
    for (let rest = set; rest !== 0n; rest >>= 30n) {
        let word = Number(rest & 0x3fffffffn);
        while (word !== 0) {
            word &= word - 1;
            count++;
        }
    }
    return count;
}
function highestBit(set) {
    return set.toString(2).length - 1;
}
// ---- Explanations, after pub's error reporting: each derived incompatibility is said as "because A and B, C". ----
function explain(failure) {
    const lines = [];
    /** The line (1-based) that explains each derived incompatibility, and the lines referred to by number. */
    const lineOf = new Map();
    const referenced = new Set();
    const ref = (cause) => {
        const line = lineOf.get(cause);
        referenced.add(line);
        return `${resolve_describe(cause)} (\u0000${line}\u0000)`;
    };
    const visit = (incompatibility) => {
        if (incompatibility.cause.kind !== 'derived' || lineOf.has(incompatibility))
            return;
        const { left, right } = incompatibility.cause;
        visit(left);
        visit(right);
        const conclusion = incompatibility === failure ? conclude(incompatibility) : resolve_describe(incompatibility);
        const derived = [left, right].filter((c) => c.cause.kind === 'derived');
        const external = [left, right].filter((c) => c.cause.kind !== 'derived');
        if (derived.length === 0)
            lines.push(`Because ${resolve_describe(left)} and ${resolve_describe(right)}, ${conclusion}.`);
        else if (derived.length === 1 && lineOf.get(derived[0]) === lines.length)
            lines.push(`And because ${resolve_describe(external[0])}, ${conclusion}.`);
        else if (derived.length === 1)
            lines.push(`Because ${resolve_describe(external[0])} and ${ref(derived[0])}, ${conclusion}.`);
        else
            lines.push(`Thus, because ${ref(left)} and ${ref(right)}, ${conclusion}.`);
        lineOf.set(incompatibility, lines.length);
    };
    visit(failure);
    if (lines.length === 0)
        return `${capitalize(conclude(failure))}.`;
    const numbers = new Map([...referenced].sort((a, b) => a - b).map((line, i) => [line, i + 1]));
    return lines
        .map((line, i) => (numbers.has(i + 1) ? `${line} (${numbers.get(i + 1)})` : line))
        .join('\n')
        .replace(/\u0000(\d+)\u0000/g, (_, line) => String(numbers.get(Number(line))));
}
function conclude(incompatibility) {
    const terms = incompatibility.terms.filter((t) => t.pkg.name !== ROOT);
    if (terms.length === 0)
        return 'no set of versions satisfies the request';
    return `${resolve_describe(incompatibility)}, so no set of versions satisfies the request`;
}
function resolve_describe(incompatibility) {
    const { cause, terms } = incompatibility;
    if (cause.kind === 'dependency') {
        const [dependent, dependency] = terms;
        if (dependent.pkg.name === ROOT)
            return `the request asks for ${dependency.pkg.name} ${cause.range}`;
        const accepted = ~dependency.set & dependency.pkg.full & ~dependency.pkg.absent;
        const none = accepted === 0n ? `, which no version of ${dependency.pkg.name} satisfies (${knownText(dependency.pkg)})` : '';
        return `${named(dependent.pkg, dependent.set)} depends on ${dependency.pkg.name} ${cause.range}${none}`;
    }
    if (cause.kind === 'no-versions')
        return `no version of ${terms[0].pkg.name} is ${versionsText(terms[0].pkg, terms[0].set)}`;
    if (cause.kind === 'root')
        return 'the request is made';
    const isRoot = (t) => t.pkg.name === ROOT;
    const positive = terms.filter((t) => (t.set & t.pkg.absent) === 0n && !isRoot(t));
    const negative = terms.filter((t) => (t.set & t.pkg.absent) !== 0n);
    const byRequest = terms.some(isRoot);
    const name = (t) => named(t.pkg, t.set);
    const negated = (t) => `${t.pkg.name} ${versionsText(t.pkg, ~t.set & t.pkg.full & ~t.pkg.absent)}`;
    const subject = [...(byRequest ? ['the request'] : []), ...positive.map(name)];
    if (subject.length === 0)
        return `one of ${negative.map(negated).join(', ')} must be used`;
    if (negative.length === 0) {
        if (subject.length === 1)
            return `${subject[0]} cannot be used`;
        if (byRequest)
            return `the request cannot use ${positive.map((t) => (isEvery(t) ? `any version of ${t.pkg.name}` : name(t))).join(' with ')}`;
        return `${subject.join(' and ')} cannot be used together`;
    }
    return `${subject.join(' together with ')} ${subject.length === 1 ? 'requires' : 'require'} ${negative.map(negated).join(' or ')}`;
}
/** `every version of cim-domain`, or `cim-domain 0.8.1` / `cim-domain >=0.8.0`. */
function named(pkg, set) {
    const text = versionsText(pkg, set);
    return text === 'any version' ? `every version of ${pkg.name}` : `${pkg.name} ${text}`;
}
function isEvery(term) {
    return term !== undefined && (term.set & ~term.pkg.absent) === (term.pkg.full & ~term.pkg.absent);
}
/** A set of versions in words: `any version`, `0.8.1`, `>=0.8.0`, `<=0.7.8`, `>=0.7.0 <=0.7.8 or 0.9.0`. */
function versionsText(pkg, set) {
    const n = pkg.versions.length;
    const runs = [];
    for (let i = 0; i < n; i++) {
        if ((set & (1n << BigInt(i))) === 0n)
            continue;
        const last = runs.at(-1);
        if (last && last[1] === i - 1)
            last[1] = i;
        else
            runs.push([i, i]);
    }
    if (pkg.name === ROOT)
        return '';
    if (runs.length === 0)
        return '(no version)';
    const v = (i) => pkg.versions[i].version;
    return runs
        .map(([low, high]) => {
        if (low === 0 && high === n - 1)
            return 'any version';
        if (low === high)
            return v(low);
        if (low === 0)
            return `<=${v(high)}`;
        if (high === n - 1)
            return `>=${v(low)}`;
        return `>=${v(low)} <=${v(high)}`;
    })
        .join(' or ');
}
function knownText(pkg) {
    return pkg.versions.length === 0 ? 'it has no versions' : `it has ${pkg.versions.map((v) => v.version).join(', ')}`;
}
function capitalize(text) {
    return text[0].toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/client/client.ts










const DEFAULT_TIMEOUT_MS = 10_000;
/** The cache key of the module index built from the NATS bucket. */
const NATS_MODULES = 'nats:modules';
/** The key of every module's head, heads.json and its shards together (not a file of its own). */
const ALL_HEADS = 'heads: every shard';
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
class RegistryClient {
    /** Where the registry is read from, for messages. */
    location;
    source = null;
    nats = null;
    /** The parse of each file in flight or done, shared by every query until refresh(). */
    pending = new Map();
    /** The text each value was parsed from: a revalidated file with the same text is not parsed again. */
    loaded = new Map();
    constructor(options) {
        const given = ['url', 'github', 'directory', 'nats'].filter((key) => options?.[key] !== undefined);
        if (given.length !== 1)
            throw new TypeError('RegistryClient needs exactly one of url, github, directory or nats');
        const settings = {
            token: options.token || undefined,
            timeoutMs: positive(options.timeoutMs, 'timeoutMs') ?? DEFAULT_TIMEOUT_MS,
            maxBytes: positive(options.maxBytes, 'maxBytes') ?? DEFAULT_MAX_BYTES,
        };
        if (options.nats !== undefined)
            this.nats = new NatsRegistrySource(options.nats, settings.timeoutMs);
        else if (options.directory !== undefined)
            this.source = directorySource(options.directory);
        else if (options.github !== undefined)
            this.source = githubSource(options.github, settings);
        else
            this.source = urlSource(options.url, settings);
        this.location = (this.nats ?? this.source).location;
    }
    /** Every module, in name order; with a filter, those that match all of its fields. */
    async listModules(filter) {
        return (await this.modules()).list(filter);
    }
    /** One module; a ModuleNotFoundError (with close names as suggestions) when the registry has none of that name. */
    async getModule(name) {
        return (await this.modules()).get(name);
    }
    /** The modules of one type, in name order; a RangeError for a type that does not exist. */
    async listByType(type) {
        return (await this.modules()).ofType(type);
    }
    /**
     * The GitHub topics of the modules, most used first, each with the modules that carry it; `convention` marks the
     * CIM convention's own topics (`cim`, `cim-module`, `cim-domain`, ...) apart from subject topics (`graph`, `ai`).
     */
    async topics() {
        return (await this.modules()).topics();
    }
    /** Modules whose name, description, category, owner or topics hold every word of `text`, best match first. */
    async search(text) {
        return (await this.modules()).search(text);
    }
    /** What a module depends on, with the registered version of each dependency and whether it satisfies the range. */
    async dependenciesOf(name) {
        return (await this.modules()).dependenciesOf(name);
    }
    /** The modules that depend on `name` (reverse dependencies), with the range each requires. */
    async dependentsOf(name) {
        return (await this.modules()).dependentsOf(name);
    }
    /** Does the registered version of `name` satisfy the semver `range`? False when the module has no version. */
    async satisfies(name, range) {
        return (await this.modules()).satisfies(name, range);
    }
    /** status.json: health, problems and dependents per module, and totals. */
    status() {
        return this.load(REGISTRY_FILES.status, parseStatusFile);
    }
    /** private-domains.yaml: the private modules by category, with the values people keep there by hand. */
    privateDomains() {
        return this.load(REGISTRY_FILES.privateDomains, parsePrivateDomainsFile);
    }
    /**
     * Every version tag of a module, oldest first: its commit and date, the ranges declared at it, what its lock
     * files pinned (`locked`, null without a lock file) and its CI state. Empty for a module whose history is unknown.
     */
    async versions(name) {
        await this.getModule(name);
        return index_file_currentVersions((await this.history(name)).versions);
    }
    /**
     * How a module (its head, or `version`) stands to each dependency: the declared range, the locked version, the
     * newest registered one, whether that satisfies the range, and the versions it was built with and verified with.
     * A VersionNotFoundError for a version the module's history does not have.
     */
    async compat(name, version) {
        const module = await this.getModule(name);
        const [history, newest] = await Promise.all([this.history(name), this.newest()]);
        const known = index_file_currentVersions(history.versions).map((entry) => entry.version);
        if (version !== undefined && !known.includes(version))
            throw new VersionNotFoundError(name, version, known);
        return compat(name, history, module.dependencies, newest, version);
    }
    /** Every cim package of every head lock whose version differs from the newest registered one or that cannot be reproduced. */
    async drift() {
        const [heads, newest] = await Promise.all([this.heads(), this.newest()]);
        return drift(new Map([...heads].map(([name, head]) => [name, { versions: [], head }])), newest);
    }
    /**
     * Versions of the modules named by `specs` (`NAME` or `NAME@RANGE`) and of all their transitive dependencies that
     * satisfy every declared range, preferring verified combinations, then newest versions; or why none exist. Only
     * the history files of the modules reached are read (as cargo's sparse index does).
     */
    async resolve(specs) {
        if (specs.length === 0)
            throw new RangeError('resolve needs at least one NAME or NAME@RANGE');
        const parsed = specs.map(parseResolveSpec);
        const modules = await this.modules();
        for (const spec of parsed)
            modules.get(spec.name); // a ModuleNotFoundError, with suggestions, for an unknown name
        const catalog = new Map();
        let frontier = [...new Set(parsed.map((spec) => spec.name))];
        while (frontier.length > 0) {
            const reached = await Promise.all(frontier.map(async (name) => [name, catalogVersions(modules.get(name), await this.history(name))]));
            frontier = [];
            for (const [name, versions] of reached) {
                catalog.set(name, versions);
                for (const next of dependencyNames(versions))
                    if (modules.has(next) && !catalog.has(next) && !frontier.includes(next))
                        frontier.push(next);
            }
        }
        return resolve(catalog, parsed);
    }
    /** Forgets what was loaded: the next query of each file asks again (conditionally over HTTP). */
    refresh() {
        this.pending.clear();
        this.nats?.refresh();
    }
    /**
     * NATS only: every change to the registry from now on (added, updated, removed, with the entries), across
     * reconnects and server restarts, resuming where it stopped; the client's queries follow the changes. Ends when
     * `signal` aborts (or break out of the loop).
     */
    async *watch(signal) {
        if (!this.nats)
            throw new TypeError('watch() needs a NATS source: new RegistryClient({ nats: { servers } })');
        for await (const change of this.nats.watch(signal)) {
            this.pending.delete(NATS_MODULES);
            yield change;
        }
    }
    /** Closes the NATS connection, if there is one; the other sources hold nothing open. */
    async close() {
        await this.nats?.close();
    }
    modules() {
        const nats = this.nats;
        if (nats)
            return this.cached(NATS_MODULES, async () => new ModuleIndex(await nats.modulesFile()));
        return this.load(REGISTRY_FILES.modules, (text, where) => new ModuleIndex(parseModulesFile(text, where)));
    }
    /** A module's history: its index file (absent: no tags read yet) and its head. */
    async history(name) {
        const [versions, heads] = await Promise.all([this.optional(historyFile(name), parseVersionLines, []), this.heads()]);
        return { versions, head: heads.get(name) ?? null };
    }
    /** Every module's head: heads.json, and the shards it lists in a large registry (src/versions/index-file.ts). */
    heads() {
        return this.cached(ALL_HEADS, async () => {
            const text = await this.optional(HEADS_FILE, (found) => found, undefined);
            const shards = headsShards(text);
            const texts = await Promise.all(shards.map((shard) => this.optional(shard, (found) => found, undefined)));
            return readHeads({ [HEADS_FILE]: text, ...Object.fromEntries(shards.map((shard, i) => [shard, texts[i]])) });
        });
    }
    async newest() {
        const [modules, heads] = await Promise.all([this.modules(), this.heads()]);
        return new Map(modules.list().map((module) => [module.name, newestOf(module.version, heads.get(module.name))]));
    }
    /** A history file, or `empty` when the registry has none (a registry written before version history). */
    optional(file, parse, empty) {
        return this.load(file, parse).catch((error) => {
            if (error instanceof RegistryFileNotFoundError)
                return empty;
            throw error;
        });
    }
    cached(key, make) {
        let promise = this.pending.get(key);
        if (!promise) {
            promise = make();
            promise.catch(() => this.pending.get(key) === promise && this.pending.delete(key));
            this.pending.set(key, promise);
        }
        return promise;
    }
    load(file, parse) {
        const source = this.source;
        if (!source)
            return Promise.reject(new RegistryError(`${this.location}: ${file} is not mirrored on NATS; read it from the registry repository`));
        // A failure is not kept (cached() forgets it): the next query tries again.
        return this.cached(file, () => source.read(file).then(({ text, where }) => {
            const previous = this.loaded.get(file);
            if (previous?.text === text)
                return previous.value;
            const value = parse(text, where);
            this.loaded.set(file, { text, value });
            return value;
        }));
    }
}
function positive(value, name) {
    if (value === undefined)
        return undefined;
    if (!Number.isFinite(value) || value <= 0)
        throw new TypeError(`${name} must be a positive number, not ${value}`);
    return value;
}

;// CONCATENATED MODULE: ./src/client/spec.ts
const GITHUB_SPEC = /^github:([^/@\s]+)\/([^/@\s]+)(?:\/([^@\s]*))?(?:@(\S+))?$/;
const REGISTRY_SPEC_HELP = 'an http(s) URL of the registry folder, github:OWNER/REPO[/PATH][@REF], or a directory';
/**
 * The client options for `spec`. A URL gets CIM_REGISTRY_TOKEN; `github:` gets CIM_REGISTRY_TOKEN or GITHUB_TOKEN
 * and the API at GITHUB_API_URL (default https://api.github.com).
 */
function registryOptions(spec, env = process.env) {
    const token = env.CIM_REGISTRY_TOKEN || undefined;
    if (/^https?:\/\//i.test(spec))
        return { url: spec, token };
    if (spec.startsWith('github:')) {
        const match = GITHUB_SPEC.exec(spec);
        if (!match)
            throw new TypeError(`${JSON.stringify(spec)} is not github:OWNER/REPO[/PATH][@REF]`);
        const [, owner, repo, path, ref] = match;
        return {
            github: { owner: owner, repo: repo, path: path || undefined, ref, apiUrl: env.GITHUB_API_URL || undefined },
            token: token ?? (env.GITHUB_TOKEN || undefined),
        };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec))
        throw new TypeError(`${JSON.stringify(spec)}: only http and https URLs are supported`);
    return { directory: spec };
}

;// CONCATENATED MODULE: ./src/index.ts
/**
 * The package's public API, named one by one (as the `yaml` library's index.ts does), so that the contract is visible
 * and versioned: RegistryClient (typed queries over a registry's files), its errors with their codes, and the types
 * and constants of the registry's files. The engine's internal types (snapshots, records) are not part of it.
 */







var __webpack_exports__CimError = __webpack_exports__.oK;
var __webpack_exports__DEFAULT_TIMEOUT_MS = __webpack_exports__.t1;
var __webpack_exports__FIELD_NAMES = __webpack_exports__.Yr;
var __webpack_exports__FIELD_ORIGINS = __webpack_exports__.FR;
var __webpack_exports__HEALTHS = __webpack_exports__.e8;
var __webpack_exports__LIFECYCLE_STATUSES = __webpack_exports__.Ue;
var __webpack_exports__MODULE_TYPES = __webpack_exports__.rI;
var __webpack_exports__ModuleNotFoundError = __webpack_exports__.eM;
var __webpack_exports__REGISTRY_FILES = __webpack_exports__.Mm;
var __webpack_exports__REGISTRY_SCHEMA_VERSION = __webpack_exports__.zu;
var __webpack_exports__REGISTRY_SPEC_HELP = __webpack_exports__.ci;
var __webpack_exports__RegistryClient = __webpack_exports__.bP;
var __webpack_exports__RegistryError = __webpack_exports__.gl;
var __webpack_exports__RegistryFileNotFoundError = __webpack_exports__.J9;
var __webpack_exports__RegistryNetworkError = __webpack_exports__.sY;
var __webpack_exports__RegistryParseError = __webpack_exports__.Lx;
var __webpack_exports__SchemaVersionError = __webpack_exports__.k3;
var __webpack_exports__VISIBILITIES = __webpack_exports__.jZ;
var __webpack_exports__VersionNotFoundError = __webpack_exports__.gu;
var __webpack_exports__registryOptions = __webpack_exports__._A;
export { __webpack_exports__CimError as CimError, __webpack_exports__DEFAULT_TIMEOUT_MS as DEFAULT_TIMEOUT_MS, __webpack_exports__FIELD_NAMES as FIELD_NAMES, __webpack_exports__FIELD_ORIGINS as FIELD_ORIGINS, __webpack_exports__HEALTHS as HEALTHS, __webpack_exports__LIFECYCLE_STATUSES as LIFECYCLE_STATUSES, __webpack_exports__MODULE_TYPES as MODULE_TYPES, __webpack_exports__ModuleNotFoundError as ModuleNotFoundError, __webpack_exports__REGISTRY_FILES as REGISTRY_FILES, __webpack_exports__REGISTRY_SCHEMA_VERSION as REGISTRY_SCHEMA_VERSION, __webpack_exports__REGISTRY_SPEC_HELP as REGISTRY_SPEC_HELP, __webpack_exports__RegistryClient as RegistryClient, __webpack_exports__RegistryError as RegistryError, __webpack_exports__RegistryFileNotFoundError as RegistryFileNotFoundError, __webpack_exports__RegistryNetworkError as RegistryNetworkError, __webpack_exports__RegistryParseError as RegistryParseError, __webpack_exports__SchemaVersionError as SchemaVersionError, __webpack_exports__VISIBILITIES as VISIBILITIES, __webpack_exports__VersionNotFoundError as VersionNotFoundError, __webpack_exports__registryOptions as registryOptions };

//# sourceMappingURL=index.js.map