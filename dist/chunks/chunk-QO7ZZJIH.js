import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);
import {
  runValidate
} from "./chunk-L4XXUD63.js";
import {
  eventFindings,
  runDiff
} from "./chunk-IFQ5LDCQ.js";
import {
  escapeData,
  findingAnnotation,
  findingType,
  isFailing,
  renderSarif,
  selectAnnotations,
  workflowCommand
} from "./chunk-CZJLSVD6.js";
import {
  findingLine
} from "./chunk-KIHZEFCC.js";
import {
  markdownTemplate
} from "./chunk-YVBHI7S2.js";
import {
  changeMark,
  escapeMarkdown,
  eventElement,
  eventView,
  mermaidLabel
} from "./chunk-GC3LWGRX.js";
import {
  EVIDENCE_INVALIDATED,
  REOPEN_PENDING,
  THREAT_REOPENED,
  UNREADABLE_INPUT
} from "./chunk-3L5YRJF5.js";
import {
  formatScore,
  threatAivss
} from "./chunk-2LPVWLPB.js";
import {
  VERSION
} from "./chunk-PLN32GDA.js";
import {
  loadCatalogText,
  require_equal,
  require_formats,
  require_ucs2length,
  wo,
  writeFileAtomic
} from "./chunk-ANXZMRTR.js";
import {
  FAIL_ON,
  InputError,
  SEVERITY_RANK,
  UsageError,
  __commonJS,
  __toESM,
  compareFindings,
  oneLine
} from "./chunk-TIATFUQ4.js";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run2, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve3, reject) {
            return setTimeout(resolve3, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve3, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve3, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve3;
          resolve3 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve3 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve3, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run2 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve3, reject) => {
                if (finished()) {
                  return resolve3();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve3();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve3, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve3)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// src/app/action.ts
import { randomUUID } from "node:crypto";
import { statSync as statSync2 } from "node:fs";
import { join as join3, resolve as resolve2 } from "node:path";

// src/model/analysis.ts
function isPending(r) {
  return r.pending !== false;
}
function modelLines(m) {
  return [
    ...m.components.map((c) => `+ ${c.category} ${c.id} (${c.subject})`),
    ...m.threats.map((t) => `+ threat ${t.id} (${t.components.join(", ")})`),
    ...m.extended.map((x) => `~ threat ${x.threat} gains ${x.components.join(", ")}`),
    ...m.removed.map((r) => `- ${r.id} marked removed (${r.subject})`),
    ...m.orphaned.map((t) => `- threat ${t} marked orphaned`)
  ];
}
function isBaseSide(e) {
  return e.after === null || e.after === void 0;
}

// src/read/git-checkout.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function locateRepo(dir) {
  const git = wo({ baseDir: dir });
  const top = (await git.revparse(["--show-toplevel"])).trim();
  const prefix = (await git.revparse(["--show-prefix"])).trim();
  return { git: wo({ baseDir: top }), top, prefix };
}
async function hasCommit(git, sha) {
  try {
    await git.raw(["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function ensureCommits(git, shas) {
  const missing = [];
  for (const sha of shas) if (!await hasCommit(git, sha)) missing.push(sha);
  if (missing.length === 0) return [];
  try {
    await git.raw(["fetch", "--no-tags", "--quiet", "--depth=1", "origin", ...missing]);
  } catch {
  }
  const still = [];
  for (const sha of missing) if (!await hasCommit(git, sha)) still.push(sha);
  return still;
}
async function addWorktree(git, sha) {
  const dir = join(mkdtempSync(join(tmpdir(), "threatcat-head-")), "tree");
  await git.raw(["worktree", "add", "--detach", "--quiet", dir, sha]);
  return {
    dir,
    remove: async () => {
      try {
        await git.raw(["worktree", "remove", "--force", dir]);
      } catch {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  };
}

// src/render/mermaid-components.ts
function componentFacts(data, events) {
  const facts = [
    ...(data.components ?? []).map(
      (c) => ({
        id: c.id,
        kind: "component",
        category: c.category,
        trustSource: `${c.trustSource.kind}/${c.trustSource.name}`
      })
    ),
    ...(data.delegations ?? []).map(
      (d) => ({
        id: d.id,
        kind: "delegation",
        category: `delegation to ${d.to.agent}`,
        trustSource: `${d.trustSource.kind}/${d.trustSource.name}`
      })
    )
  ];
  const extra = /* @__PURE__ */ new Map();
  for (const e of events) {
    const el = eventElement(e);
    if (!el) continue;
    const mark = changeMark(e);
    const components = data.components ?? [];
    const d = el.delegation ? (data.delegations ?? []).findIndex(
      (x) => x.to.agent === el.ref.name && sameNs(x.to.namespace, el.ref.namespace)
    ) : -1;
    const c = components.findIndex((x) => covers(x.trustSource, el.ref));
    const known = d >= 0 ? facts[components.length + d] : c >= 0 ? facts[c] : void 0;
    if (known) {
      known.mark = merge(known.mark, mark);
      continue;
    }
    const key = `${el.ref.kind}/${el.ref.namespace ?? ""}/${el.ref.name}`;
    const prior = extra.get(key);
    if (prior) {
      prior.mark = merge(prior.mark, mark);
      continue;
    }
    extra.set(key, {
      id: el.ref.name,
      kind: el.delegation ? "delegation" : "component",
      category: el.delegation ? `delegation to ${el.ref.name}` : categoryOf(e.type),
      trustSource: `${el.ref.kind}/${el.ref.name}`,
      mark,
      uncovered: true
    });
  }
  return [...facts, ...extra.values()];
}
function merge(a, b) {
  if (!a || a === b) return b;
  if (a === "changed" || b === "changed") return a === "changed" ? b : a;
  return "changed";
}
function categoryOf(type) {
  if (type.startsWith("mcp-connection") || type === "tool-surface-modified") return "mcp-tool";
  if (type === "model-version-updated") return "inference";
  if (type === "permissions-changed") return "identity";
  return "runtime";
}
function sameNs(a, b) {
  return a === void 0 || b === void 0 || a === b;
}
function covers(ts, ref) {
  return ts.kind === ref.kind && ts.name === ref.name && sameNs(ts.namespace, ref.namespace);
}
var MAX_DIAGRAM_NODES = 40;
var MARK_WORDS = { added: "added", changed: "changed", removed: "removed" };
function componentDiagram(agent, facts, agentMark) {
  const agentLabel = `${mermaidLabel(agent)} \xB7 agent${agentMark ? ` \xB7 ${MARK_WORDS[agentMark]}` : ""}`;
  const lines = ["flowchart LR", `  agent(["${agentLabel}"])`];
  const ordered = facts.length > MAX_DIAGRAM_NODES ? [...facts].sort((a, b) => Number(!a.mark) - Number(!b.mark)) : facts;
  const shown = ordered.slice(0, MAX_DIAGRAM_NODES);
  const byMark = { added: [], changed: [], removed: [] };
  shown.forEach((f, i) => {
    const words = [
      mermaidLabel(f.id),
      mermaidLabel(f.category),
      ...f.mark ? [MARK_WORDS[f.mark]] : [],
      ...f.uncovered && f.mark !== "removed" ? ["no component yet"] : []
    ];
    const label = words.join(" \xB7 ");
    const link = f.mark === "removed" ? "-.-x" : f.kind === "delegation" ? "-.->" : "-->";
    lines.push(f.kind === "delegation" ? `  n${i}[["${label}"]]` : `  n${i}["${label}"]`, `  agent ${link} n${i}`);
    if (f.mark) byMark[f.mark].push(`n${i}`);
  });
  if (facts.length > shown.length) lines.push(`  more["\u2026 ${facts.length - shown.length} more"]`, "  agent --- more");
  lines.push(
    "  classDef added fill:#d3f9d8,stroke:#2b8a3e,stroke-width:3px",
    "  classDef changed fill:#ffe8cc,stroke:#d9480f,stroke-width:3px",
    "  classDef removed fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px,stroke-dasharray:5 5"
  );
  if (agentMark) byMark[agentMark].push("agent");
  for (const mark of ["added", "changed", "removed"]) {
    if (byMark[mark].length) lines.push(`  class ${byMark[mark].join(",")} ${mark}`);
  }
  return `${lines.join("\n")}
`;
}

// src/render/pr-summary.ts
var COMMENT_BUDGET = 6e4;
var SHADOW_RULE = "shadow-component";
function reopenedViews(analysis) {
  const byFile = new Map(analysis.catalogs.map((c) => [c.file, c]));
  const entries = [
    ...(analysis.diff?.reopen ?? []).map((r) => ({ ...r, kind: "reopen" })),
    ...(analysis.diff?.alreadyOpen ?? []).map((r) => ({ ...r, kind: "open" }))
  ];
  return entries.map((r) => {
    const cat = byFile.get(r.catalog);
    const t = cat?.data.threats.find((x) => x.id === r.threat);
    const score = t && cat?.data.agent.aivss ? threatAivss(t, cat.data.agent.aivss) : void 0;
    return {
      threat: r.threat,
      title: t?.title ?? "",
      class: t?.class ?? "",
      layer: t?.layer ?? "",
      layers: t?.layers ?? [],
      events: r.events,
      catalog: r.catalog,
      line: cat?.threatLines.get(r.threat),
      cvss: t?.cvss ? formatScore(t.cvss.base) : void 0,
      exploitMaturity: t?.cvss?.exploitMaturity,
      aivss: score ? formatScore(score.score) : void 0,
      aivssScore: score?.score,
      aivssSeverity: score?.severity,
      status: t?.status ?? "",
      kind: r.kind,
      pending: r.kind === "reopen" && isPending(r)
    };
  });
}
function uncoveredFinding(e, findings) {
  const ref = e.scope.ref;
  const key = ref ? `${ref.kind}/${ref.namespace ?? ""}/${ref.name}` : void 0;
  return findings.find(
    (f) => f.rule === SHADOW_RULE && (f.file === e.file && f.line === e.line || key !== void 0 && f.subject === key)
  );
}
function summaryView(input) {
  const { analysis } = input;
  const reopened = reopenedViews(analysis);
  const events = analysis.diff?.events ?? [];
  const threatsOf = (e) => reopened.filter((r) => r.catalog === e.catalog && r.events.includes(e.type)).map((r) => r.threat);
  const folded = /* @__PURE__ */ new Set();
  const problems = [];
  const changes = [];
  for (const e of events) {
    const change = { ...eventView(e), threats: threatsOf(e) };
    const shadow = e.after !== null && e.after !== void 0 ? uncoveredFinding(e, analysis.findings) : void 0;
    if (shadow) {
      folded.add(shadow);
      problems.push({
        severity: shadow.severity,
        kind: "uncovered",
        file: e.file,
        line: e.line,
        change,
        catalog: e.catalog
      });
    } else {
      changes.push(change);
    }
  }
  for (const r of reopened.filter((x) => x.pending)) {
    problems.push({ severity: "error", kind: "reopen", file: r.catalog, line: r.line ?? 1, threat: r });
  }
  const notices = [];
  for (const f of analysis.findings) {
    if (folded.has(f)) continue;
    if (f.severity === "note") {
      notices.push(f);
      continue;
    }
    const type = findingType(f.rule);
    problems.push({
      severity: f.severity,
      kind: "finding",
      file: f.file,
      line: f.line,
      rule: f.rule,
      message: f.message,
      ...type ? { fix: type.help } : {}
    });
  }
  problems.sort((a, b) => rank(a.severity) - rank(b.severity));
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const touched = input.surfaceTouched ?? events.length > 0;
  const agents = agentViews(analysis, events);
  const view = {
    marker: input.marker,
    quiet: false,
    status: input.failing ? "fail" : "pass",
    verdict: verdict(input.failing, errors, warnings, events.length, touched, analysis.diffAvailable),
    failOn: input.failOn,
    base: input.base?.slice(0, 12),
    head: input.head?.slice(0, 12),
    version: VERSION,
    diffAvailable: analysis.diffAvailable,
    counts: { errors, warnings, changes: events.length, threats: reopened.length },
    nextStep: nextStep(problems, input),
    problems,
    changes,
    reopened,
    modelled: (analysis.diff?.model ?? []).flatMap((m) => modelLines(m).map((line) => ({ catalog: m.catalog, line }))),
    modelPending: Boolean(analysis.diff?.modelPending),
    notices,
    agents,
    notes: input.notes,
    runUrl: input.runUrl,
    omitted: { reopened: 0, changes: 0, problems: 0, diagrams: false }
  };
  return view;
}
function quietView(view) {
  return { ...view, quiet: true };
}
function isQuiet(view, surfaceTouched) {
  const touched = surfaceTouched ?? view.counts.changes > 0;
  return !touched && view.problems.length === 0 && view.notes.length === 0 && view.diffAvailable;
}
function rank(s) {
  return s === "error" ? 0 : s === "warning" ? 1 : 2;
}
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function verdict(failing, errors, warnings, changes, touched, diffAvailable) {
  const warn = warnings > 0 ? `; ${plural(warnings, "warning", "warnings")} to look at` : "";
  if (failing) {
    const n = errors > 0 ? errors : warnings;
    const what = errors > 0 ? plural(n, "problem", "problems") : plural(n, "warning", "warnings");
    return `:x: threatcat: ${what} to fix before this PR passes${errors > 0 ? warn : ""}`;
  }
  if (errors > 0)
    return `:warning: threatcat: ${plural(errors, "problem", "problems")} to fix (the check does not fail on them)${warn}`;
  if (!diffAvailable) return `:white_check_mark: threatcat: the catalogs are valid${warn}`;
  if (changes > 0)
    return `:white_check_mark: threatcat: the threat model covers ${changes === 1 ? "this change" : `these ${changes} changes`} to the agent surface${warn}`;
  if (touched) return `:white_check_mark: threatcat: no agent surface changed; the catalogs are valid${warn}`;
  return `:white_check_mark: threatcat: no agent surface changed${warn}`;
}
function nextStep(problems, input) {
  const blocking = problems.filter(
    (p) => p.severity === "error" || input.failOn === "warning" && p.severity === "warning"
  );
  if (blocking.length === 0) return void 0;
  const write = blocking.some((p) => p.kind === "uncovered" || p.kind === "reopen");
  const byHand = blocking.some((p) => p.kind === "finding");
  const base = `origin/${shellWord(input.baseRef || "main")}`;
  const wd = input.workingDirectory && input.workingDirectory !== "." ? ` -C ${shellWord(input.workingDirectory)}` : "";
  const catalogs = [
    ...new Set(
      blocking.flatMap((p) => p.kind === "uncovered" ? [p.catalog ?? ""] : p.kind === "reopen" ? [p.file] : [])
    )
  ].filter(Boolean);
  const lines = [];
  if (write) {
    lines.push(
      `git fetch origin ${shellWord(input.baseRef || "main")}`,
      `npx threatcat diff${wd} --base ${base} --write`
    );
  }
  if (byHand || write) lines.push(`npx threatcat validate${wd}`);
  if (write) {
    lines.push(
      `git add ${catalogs.map(shellWord).join(" ")}`,
      'git commit -m "threatcat: update the threat model for this change"'
    );
  }
  return {
    commands: lines.join("\n"),
    offerCommitMode: write && Boolean(input.canOfferCommitMode),
    byHand,
    write,
    count: blocking.length
  };
}
function shellWord(s) {
  return /^[A-Za-z0-9_./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function agentViews(analysis, events) {
  const out = [];
  for (const cat of analysis.catalogs) {
    const mine = events.filter((e) => e.catalog === cat.file);
    if (mine.length === 0) continue;
    const facts = componentFacts(cat.data, mine);
    const agentMark = mine.some((e) => e.type === "autonomy-tier-changed") ? "changed" : void 0;
    const counts = { added: 0, changed: 0, removed: 0 };
    for (const f of facts) if (f.mark) counts[f.mark]++;
    out.push({
      agent: cat.data.agent.name,
      catalog: cat.file,
      diagram: componentDiagram(cat.data.agent.name, facts, agentMark),
      facts: facts.filter((f) => f.mark),
      counts
    });
  }
  return out;
}
function renderSummary(view, template, budget) {
  const render = (v2) => markdownTemplate(template)(v2).replace(/\n{3,}/g, "\n\n");
  let v = view;
  let out = render(v);
  const shrink = [
    (x) => ({ ...x, agents: x.agents.map((a) => ({ ...a, diagram: "" })), omitted: { ...x.omitted, diagrams: true } }),
    ...[100, 25, 5, 0].flatMap((n) => [
      (x) => cap(x, "changes", n),
      (x) => cap(x, "problems", Math.max(n, 5))
    ]),
    (x) => ({ ...x, agents: [] }),
    ...[50, 10, 0].map((n) => (x) => cap(x, "reopened", n)),
    (x) => cap(x, "problems", 0)
  ];
  for (const step of shrink) {
    if (out.length <= budget) return out;
    v = step(v);
    out = render(v);
  }
  if (out.length <= budget) return out;
  const note = "\n\n_(truncated: see the job summary for the full report)_\n";
  const body = out.replace(view.marker, "");
  return `${view.marker}
${body.slice(0, budget - view.marker.length - note.length - 1)}${note}`;
}
function cap(v, key, n) {
  const list = v[key];
  if (list.length <= n) return v;
  return { ...v, [key]: list.slice(0, n), omitted: { ...v.omitted, [key]: v.omitted[key] + list.length - n } };
}

// src/render/action-findings.ts
function allFindings(analysis) {
  const diff = analysis.diff;
  return [
    ...analysis.findings,
    ...diff ? eventFindings(diff.events, diff.reopen, diff.alreadyOpen) : [],
    ...reopenFindings(analysis)
  ];
}
function reopenFindings(analysis) {
  return reopenedViews(analysis).map((v) => {
    const what = v.kind === "open" ? `${v.threat} (open) is concerned by ${v.events.join(", ")}: its evidence must be re-validated` : `${v.threat} is re-opened by ${v.events.join(", ")}${v.pending ? " and the catalog does not record it yet" : ""}`;
    return {
      rule: v.pending ? REOPEN_PENDING : v.kind === "open" ? EVIDENCE_INVALIDATED : THREAT_REOPENED,
      severity: v.pending ? "error" : "note",
      file: v.catalog,
      line: v.line ?? 1,
      column: 1,
      message: `${what}: ${v.title}`,
      subject: v.threat,
      aivss: v.aivssScore
    };
  });
}
function threatsFor(analysis, e) {
  return reopenedViews(analysis).filter(
    (r) => r.events.includes(e.type) && (e.catalog === void 0 || e.catalog === r.catalog)
  );
}
function toAnnotations(findings) {
  const shadows = new Set(findings.filter((f) => f.rule === "shadow-component").map((f) => `${f.file}:${f.line}`));
  return findings.filter((f) => !(findingType(f.rule)?.kind === "event" && shadows.has(`${f.file}:${f.line}`))).map((f) => ({ ...findingAnnotation(f), message: oneLine(f.message) }));
}
function reviewCandidates(analysis, baseRef) {
  const t = markdownTemplate("review-comment.md.hbs");
  const folded = /* @__PURE__ */ new Set();
  const events = (analysis.diff?.events ?? []).map((e) => {
    const shadow = e.after !== null && e.after !== void 0 ? uncoveredFinding(e, analysis.findings) : void 0;
    if (shadow) folded.add(shadow);
    return {
      path: e.file,
      line: e.line,
      severity: shadow ? shadow.severity : "warning",
      ...isBaseSide(e) ? { side: "LEFT" } : {},
      body: t({
        kind: "event",
        event: eventView(e),
        threats: threatsFor(analysis, e),
        uncovered: shadow ? { catalog: e.catalog } : void 0,
        command: diffWriteCommand(baseRef)
      }).trim(),
      summary: `${e.type} (agent ${e.agent})${e.subject ? `: ${e.subject}` : ""}${shadow ? " \u2014 not in the threat model" : ""}`
    };
  });
  const findings = analysis.findings.filter((f) => !folded.has(f)).map(
    (f) => ({
      path: f.file,
      line: f.line,
      severity: f.severity,
      body: t({ kind: "finding", finding: f, fix: findingType(f.rule)?.help }).trim(),
      summary: `${f.rule}: ${oneLine(f.message)}`
    })
  );
  return [...events, ...findings];
}
function suggestionCandidates(analysis, edits, baseRef) {
  const t = markdownTemplate("review-comment.md.hbs");
  const out = [];
  for (const [file, list] of edits) {
    const entries = (analysis.diff?.reopen ?? []).filter((r) => r.catalog === file && isPending(r));
    const modelled = analysis.diff?.modelPending ? (analysis.diff.model ?? []).filter((m) => m.catalog === file).flatMap(modelLines) : [];
    if (entries.length === 0 && modelled.length === 0) continue;
    const threats = entries.map((r) => r.threat);
    const events = [...new Set(entries.flatMap((r) => r.events))];
    const what = [
      ...threats.length > 0 ? [`re-open pending for ${threats.join(", ")}`] : [],
      ...modelled.length > 0 ? [`model pending (${modelled.length} change${modelled.length === 1 ? "" : "s"})`] : []
    ].join("; ");
    for (const e of list) {
      out.push({
        path: file,
        line: e.end,
        ...e.start < e.end ? { startLine: e.start } : {},
        severity: "error",
        body: t({
          kind: "suggestion",
          threats,
          events,
          modelled,
          command: diffWriteCommand(baseRef),
          replacement: e.replacement
        }).trim(),
        summary: `${what} (suggested catalog edit at lines ${e.start}-${e.end})`,
        // The replacement carries the run's time and head: the same pending plan is the same suggestion.
        key: `suggestion\0${threats.join(",")}\0${events.join(",")}\0${modelled.join(",")}`
      });
    }
  }
  return out;
}
function diffWriteCommand(baseRef) {
  return `npx threatcat diff --base ${baseRef} --write`;
}

// src/deliver/action-results.ts
function writeResults(path, repository, pr, inputs, analysis) {
  const results = {
    kind: "threatcat-action-results",
    version: 1,
    repository,
    pr: { number: pr.number, baseSha: pr.baseSha, headSha: pr.headSha },
    failOn: inputs.failOn,
    mode: inputs.mode,
    analysis: {
      findings: analysis.findings,
      catalogs: analysis.catalogs.map((c) => ({
        file: c.file,
        data: c.data,
        threatLines: Object.fromEntries(c.threatLines)
      })),
      ...analysis.diff ? { diff: analysis.diff } : {},
      diffAvailable: analysis.diffAvailable,
      unreadable: analysis.unreadable
    }
  };
  writeFileAtomic(path, `${JSON.stringify(results)}
`, { createDirs: true });
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION2 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION2} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge2(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge2(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge2(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge2.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION3 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION3} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION4 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION4} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION5 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION5} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION5;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION6 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION6;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION7 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION7;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION8 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION8;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION8;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION9 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION9}`
  }
);

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION10 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION10;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION11 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION11;
throttling.triggersNotification = triggersNotification;

// src/deliver/github-client.ts
var GitHub = Octokit2.plugin(retry, throttling);
function createGitHubClient(opts) {
  return new GitHub({
    auth: opts.token,
    baseUrl: opts.baseUrl,
    userAgent: `threatcat-action/${VERSION}`,
    log: { debug: () => {
    }, info: () => {
    }, warn: opts.warn, error: opts.warn },
    throttle: {
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        opts.warn(
          `GitHub rate limit hit on ${options.method} ${options.url}; ${retryCount < 2 ? `retrying in ${retryAfter}s` : "giving up"}`
        );
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        opts.warn(
          `GitHub secondary rate limit hit on ${options.method} ${options.url}; ${retryCount < 1 ? `retrying in ${retryAfter}s` : "giving up"}`
        );
        return retryCount < 1;
      }
    }
  });
}
function statusOf(err) {
  const s = err?.status;
  return typeof s === "number" ? s : void 0;
}
function isReadOnlyError(err) {
  const status = statusOf(err);
  if (status === 401) return true;
  if (status !== 403) return false;
  const msg = errorMessage(err);
  return !/rate limit/i.test(msg);
}
function errorMessage(err) {
  if (err instanceof Error) {
    const status = statusOf(err);
    if (status) return `HTTP ${status}: ${err.message.split("\n")[0].slice(0, 500)}`;
    return err.message.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 4).join(" / ").slice(0, 500);
  }
  return String(err).slice(0, 500);
}

// src/deliver/git-push.ts
import { mkdtempSync as mkdtempSync2, rmSync as rmSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
import { spawn } from "node:child_process";
var ACTIONS_COMMITTER = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
async function commitOntoAndPush(repoDir, parent, files, message, branch, remote = "origin") {
  const scratch = mkdtempSync2(join2(tmpdir2(), "threatcat-index-"));
  try {
    const env = {
      ...process.env,
      GIT_INDEX_FILE: join2(scratch, "index"),
      GIT_AUTHOR_NAME: ACTIONS_COMMITTER.name,
      GIT_AUTHOR_EMAIL: ACTIONS_COMMITTER.email,
      GIT_COMMITTER_NAME: ACTIONS_COMMITTER.name,
      GIT_COMMITTER_EMAIL: ACTIONS_COMMITTER.email
    };
    const git = (args, input) => run(repoDir, env, args, input);
    await git(["read-tree", parent]);
    for (const f of files) {
      const blob = await git(["hash-object", "-w", "--stdin"], f.text);
      await git(["update-index", "--add", "--cacheinfo", `100644,${blob},${f.path}`]);
    }
    const tree = await git(["write-tree"]);
    if (tree === await git(["rev-parse", `${parent}^{tree}`])) return void 0;
    const sha = await git(["commit-tree", tree, "-p", parent, "-m", message]);
    await git(["push", "--quiet", remote, `${sha}:refs/heads/${branch}`]);
    return sha;
  } finally {
    rmSync2(scratch, { recursive: true, force: true });
  }
}
function run(cwd, env, args, input) {
  return new Promise((resolve3, reject) => {
    const child = spawn("git", args, { cwd, env, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout?.on("data", (d) => {
      out += d;
    });
    child.stderr?.on("data", (d) => {
      err += d;
    });
    child.on("error", reject);
    child.on(
      "close",
      (code) => code === 0 ? resolve3(out.trim()) : reject(new Error(`git ${args[0]} failed: ${err.trim() || `exit ${code}`}`))
    );
    if (child.stdin) {
      child.stdin.on("error", () => {
      });
      child.stdin.end(input);
    }
  });
}

// src/deliver/runner-files.ts
import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
function writeOutputs(file, outputs, redact) {
  if (!file) return;
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    const delim = `threatcat_${randomBytes(12).toString("hex")}`;
    text += `${name}<<${delim}
${redact(String(value))}
${delim}
`;
  }
  appendFileSync(file, text);
}
var STEP_SUMMARY_LIMIT = 1024 * 1024 - 1024;
function appendStepSummary(file, markdown, redact) {
  if (!file) return false;
  let text = redact(markdown);
  if (Buffer.byteLength(text) > STEP_SUMMARY_LIMIT) {
    text = `${Buffer.from(text).subarray(0, STEP_SUMMARY_LIMIT - 200).toString("utf8").replace(/\uFFFD*$/, "")}

_(summary truncated at GitHub's 1 MiB step-summary limit)_
`;
  }
  appendFileSync(file, text);
  return true;
}

// src/app/action-pr.ts
import { resolve } from "node:path";

// src/read/action-results.ts
import { readFileSync, statSync } from "node:fs";

// src/generated/action-results-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var import_formats = __toESM(require_formats(), 1);
var action_results_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/threatcat/threatcat/v0.1.0/schema/action-results.schema.json", "type": "object", "additionalProperties": false, "required": ["kind", "version", "repository", "pr", "failOn", "analysis"], "properties": { "kind": { "const": "threatcat-action-results" }, "version": { "const": 1 }, "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$" }, "pr": { "type": "object", "additionalProperties": false, "required": ["number", "baseSha", "headSha"], "properties": { "number": { "type": "integer", "minimum": 1, "maximum": 1e9 }, "baseSha": { "$ref": "#/definitions/Sha" }, "headSha": { "$ref": "#/definitions/Sha" } } }, "failOn": { "enum": ["error", "warning", "never"] }, "mode": { "enum": ["check", "commit"] }, "analysis": { "type": "object", "additionalProperties": false, "required": ["findings", "catalogs", "diffAvailable", "unreadable"], "properties": { "findings": { "type": "array", "maxItems": 2e4, "items": { "$ref": "#/definitions/Finding" } }, "catalogs": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["file", "data", "threatLines"], "properties": { "file": { "$ref": "#/definitions/Path" }, "data": { "$ref": "catalog.schema.json" }, "threatLines": { "type": "object", "additionalProperties": { "$ref": "#/definitions/Line" } } } } }, "diff": { "type": "object", "additionalProperties": false, "required": ["events", "reopen", "alreadyOpen", "findings"], "properties": { "events": { "type": "array", "maxItems": 2e4, "items": { "$ref": "#/definitions/Event" } }, "reopen": { "type": "array", "maxItems": 2e4, "items": { "$ref": "#/definitions/Reopen" } }, "alreadyOpen": { "type": "array", "maxItems": 2e4, "items": { "$ref": "#/definitions/Reopen" } }, "findings": { "type": "array", "maxItems": 2e4, "items": { "$ref": "#/definitions/Finding" } }, "model": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Model" } }, "modelPending": { "type": "boolean" } } }, "diffAvailable": { "type": "boolean" }, "unreadable": { "type": "boolean" } } } }, "definitions": { "Sha": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "Path": { "type": "string", "minLength": 1, "maxLength": 1e3 }, "Line": { "type": "integer", "minimum": 1, "maximum": 1e8 }, "Text": { "type": "string", "maxLength": 4e3 }, "Finding": { "type": "object", "required": ["rule", "severity", "file", "line", "column", "message"], "properties": { "rule": { "type": "string", "pattern": "^[A-Za-z0-9/_.-]{1,100}$" }, "severity": { "enum": ["error", "warning", "note"] }, "file": { "$ref": "#/definitions/Path" }, "line": { "$ref": "#/definitions/Line" }, "column": { "$ref": "#/definitions/Line" }, "message": { "$ref": "#/definitions/Text" }, "subject": { "$ref": "#/definitions/Text" }, "key": { "$ref": "#/definitions/Text" } } }, "Event": { "type": "object", "required": ["type", "agent", "file", "line"], "properties": { "type": { "enum": ["mcp-connection-added", "mcp-connection-removed", "model-version-updated", "tool-surface-modified", "autonomy-tier-changed", "permissions-changed", "baseline-drift", "signal-fired"] }, "direction": { "enum": ["widened", "narrowed", "changed"] }, "agent": { "$ref": "#/definitions/Text" }, "catalog": { "$ref": "#/definitions/Path" }, "file": { "$ref": "#/definitions/Path" }, "line": { "$ref": "#/definitions/Line" }, "subject": { "$ref": "#/definitions/Text" } } }, "Id": { "type": "string", "maxLength": 64 }, "Model": { "type": "object", "additionalProperties": false, "required": ["catalog", "components", "threats", "extended", "removed", "orphaned", "covers"], "properties": { "catalog": { "$ref": "#/definitions/Path" }, "components": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["id", "category", "subject"], "properties": { "id": { "$ref": "#/definitions/Id" }, "category": { "type": "string", "maxLength": 32 }, "subject": { "$ref": "#/definitions/Text" } } } }, "threats": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["id", "components"], "properties": { "id": { "$ref": "#/definitions/Id" }, "components": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Id" } } } } }, "extended": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["threat", "components"], "properties": { "threat": { "$ref": "#/definitions/Id" }, "components": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Id" } } } } }, "removed": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["id", "subject"], "properties": { "id": { "$ref": "#/definitions/Id" }, "subject": { "$ref": "#/definitions/Text" } } } }, "orphaned": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Id" } }, "covers": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Text" } } } }, "Reopen": { "type": "object", "required": ["catalog", "threat", "events"], "properties": { "catalog": { "$ref": "#/definitions/Path" }, "threat": { "type": "string", "maxLength": 64 }, "events": { "type": "array", "maxItems": 20, "items": { "type": "string", "maxLength": 64 } }, "pending": { "type": "boolean" } } } } };
var schema12 = { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" };
var schema15 = { "type": "string", "minLength": 1, "maxLength": 1e3 };
var schema16 = { "type": "integer", "minimum": 1, "maximum": 1e8 };
var pattern0 = new RegExp("^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$", "u");
var pattern1 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var schema14 = { "type": "object", "required": ["rule", "severity", "file", "line", "column", "message"], "properties": { "rule": { "type": "string", "pattern": "^[A-Za-z0-9/_.-]{1,100}$" }, "severity": { "enum": ["error", "warning", "note"] }, "file": { "$ref": "#/definitions/Path" }, "line": { "$ref": "#/definitions/Line" }, "column": { "$ref": "#/definitions/Line" }, "message": { "$ref": "#/definitions/Text" }, "subject": { "$ref": "#/definitions/Text" }, "key": { "$ref": "#/definitions/Text" } } };
var schema18 = { "type": "string", "maxLength": 4e3 };
var pattern3 = new RegExp("^[A-Za-z0-9/_.-]{1,100}$", "u");
var func2 = import_ucs2length.default.default;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.file === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.line === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.column === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (typeof data0 === "string") {
        if (!pattern3.test(data0)) {
          const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9/_.-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9/_.-]{1,100}$"', schema: "^[A-Za-z0-9/_.-]{1,100}$", parentSchema: schema14.properties.rule, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.rule.type, parentSchema: schema14.properties.rule, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data1 = data.severity;
      if (!(data1 === "error" || data1 === "warning" || data1 === "note")) {
        const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema14.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.severity.enum, parentSchema: schema14.properties.severity, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data2 = data.file;
      if (typeof data2 === "string") {
        if (func2(data2) > 1e3) {
          const err9 = { instancePath: instancePath + "/file", schemaPath: "#/definitions/Path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema15, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err10 = { instancePath: instancePath + "/file", schemaPath: "#/definitions/Path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/file", schemaPath: "#/definitions/Path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data3 = data.line;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/line", schemaPath: "#/definitions/Line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1e8 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/line", schemaPath: "#/definitions/Line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/line", schemaPath: "#/definitions/Line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.column !== void 0) {
      let data4 = data.column;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err15 = { instancePath: instancePath + "/column", schemaPath: "#/definitions/Line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1e8 || isNaN(data4)) {
          const err16 = { instancePath: instancePath + "/column", schemaPath: "#/definitions/Line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err17 = { instancePath: instancePath + "/column", schemaPath: "#/definitions/Line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.message !== void 0) {
      let data5 = data.message;
      if (typeof data5 === "string") {
        if (func2(data5) > 4e3) {
          const err18 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/Text/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema18, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/Text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data6 = data.subject;
      if (typeof data6 === "string") {
        if (func2(data6) > 4e3) {
          const err20 = { instancePath: instancePath + "/subject", schemaPath: "#/definitions/Text/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema18, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/subject", schemaPath: "#/definitions/Text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data6 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data7 = data.key;
      if (typeof data7 === "string") {
        if (func2(data7) > 4e3) {
          const err22 = { instancePath: instancePath + "/key", schemaPath: "#/definitions/Text/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema18, data: data7 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/key", schemaPath: "#/definitions/Text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema22 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/threatcat/threatcat/v0.1.0/schema/catalog.schema.json", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "agent", "components", "threats"], "properties": { "apiVersion": { "const": "threatcat.dev/v1alpha1" }, "kind": { "const": "ThreatCatalog" }, "metadata": { "$ref": "#/definitions/Metadata" }, "agent": { "$ref": "#/definitions/Agent" }, "components": { "type": "array", "items": { "$ref": "#/definitions/Component" } }, "delegations": { "type": "array", "items": { "$ref": "#/definitions/Delegation" } }, "permissions": { "type": "array", "items": { "$ref": "#/definitions/IdentityPermissions" } }, "threats": { "type": "array", "items": { "$ref": "#/definitions/Threat" } } }, "definitions": { "Metadata": { "type": "object", "additionalProperties": false, "required": ["name", "owners"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, "description": { "type": "string" }, "owners": { "$ref": "#/definitions/Owners" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } } }, "Owners": { "type": "object", "additionalProperties": false, "required": ["security", "platform"], "properties": { "security": { "$ref": "#/definitions/OwnerList" }, "platform": { "$ref": "#/definitions/OwnerList" } } }, "OwnerList": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "Agent": { "type": "object", "additionalProperties": false, "required": ["name", "workload", "manifests", "autonomyTier", "aivss"], "properties": { "name": { "type": "string", "minLength": 1 }, "workload": { "$ref": "#/definitions/Workload" }, "manifests": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "autonomyTier": { "enum": ["manual", "approval", "autonomous"] }, "aivss": { "$ref": "#/definitions/AivssProfile" } } }, "Workload": { "type": "object", "additionalProperties": false, "required": ["kind", "name", "namespace"], "properties": { "kind": { "enum": ["Deployment", "StatefulSet", "DaemonSet", "Agent", "SandboxAgent", "AgentTemplate", "AgentHarness"] }, "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "serviceAccount": { "type": "string", "minLength": 1 } } }, "AivssProfile": { "type": "object", "additionalProperties": false, "required": ["version", "factors"], "properties": { "version": { "enum": ["0.5", "0.8"] }, "factors": { "$ref": "#/definitions/AivssFactors" } } }, "AivssFactors": { "type": "object", "additionalProperties": false, "required": ["autonomyOfAction", "goalDrivenPlanning", "selfModification", "toolUse", "memoryUse", "contextualAwareness", "dynamicIdentity", "multiAgentInteractions", "nonDeterminism", "opacityAndReflexivity"], "properties": { "autonomyOfAction": { "$ref": "#/definitions/AivssFactor" }, "goalDrivenPlanning": { "$ref": "#/definitions/AivssFactor" }, "selfModification": { "$ref": "#/definitions/AivssFactor" }, "toolUse": { "$ref": "#/definitions/AivssFactor" }, "memoryUse": { "$ref": "#/definitions/AivssFactor" }, "contextualAwareness": { "$ref": "#/definitions/AivssFactor" }, "dynamicIdentity": { "$ref": "#/definitions/AivssFactor" }, "multiAgentInteractions": { "$ref": "#/definitions/AivssFactor" }, "nonDeterminism": { "$ref": "#/definitions/AivssFactor" }, "opacityAndReflexivity": { "$ref": "#/definitions/AivssFactor" } } }, "AivssFactor": { "type": "number", "minimum": 0, "maximum": 1 }, "ComponentCategory": { "enum": ["inference", "mcp-tool", "rag-memory", "identity", "runtime"] }, "TelemetrySource": { "enum": ["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events", "db-audit", "admission", "cni"] }, "ObjectRef": { "type": "object", "additionalProperties": false, "required": ["kind", "name"], "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" }, "file": { "type": "string" } } }, "PinnedTool": { "type": "object", "additionalProperties": false, "required": ["name", "sha256"], "properties": { "name": { "type": "string", "minLength": 1 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } }, "Component": { "type": "object", "additionalProperties": false, "required": ["id", "category", "trustSource", "telemetry", "blastSurface"], "properties": { "id": { "$ref": "#/definitions/Id" }, "category": { "$ref": "#/definitions/ComponentCategory" }, "description": { "type": "string" }, "trustSource": { "$ref": "#/definitions/ObjectRef" }, "telemetry": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/TelemetrySource" } }, "blastSurface": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "tools": { "type": "array", "items": { "$ref": "#/definitions/PinnedTool" } }, "added": { "$ref": "#/definitions/SurfaceChange" }, "removed": { "$ref": "#/definitions/SurfaceChange" } } }, "Delegation": { "type": "object", "additionalProperties": false, "required": ["id", "to", "trustSource", "telemetry"], "properties": { "id": { "$ref": "#/definitions/Id" }, "description": { "type": "string" }, "direction": { "enum": ["outbound", "inbound"], "default": "outbound" }, "to": { "type": "object", "additionalProperties": false, "required": ["agent"], "properties": { "agent": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" }, "catalog": { "type": "string" } } }, "trustSource": { "$ref": "#/definitions/ObjectRef" }, "telemetry": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/TelemetrySource" } }, "blastSurface": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "added": { "$ref": "#/definitions/SurfaceChange" }, "removed": { "$ref": "#/definitions/SurfaceChange" } } }, "IdentityPermissions": { "type": "object", "additionalProperties": false, "required": ["identity", "dormant"], "properties": { "identity": { "type": "string", "pattern": "^system:serviceaccount:[^:]+:[^:]+$" }, "component": { "$ref": "#/definitions/Id" }, "observedWindow": { "$ref": "#/definitions/Window" }, "dormant": { "type": "array", "items": { "$ref": "#/definitions/DormantPermission" } } } }, "Window": { "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "type": "string", "format": "date-time" }, "to": { "type": "string", "format": "date-time" } } }, "DormantPermission": { "type": "object", "additionalProperties": false, "required": ["apiGroup", "resource", "verb", "namespace", "blast"], "properties": { "apiGroup": { "type": "string" }, "resource": { "type": "string", "minLength": 1 }, "verb": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "resourceNames": { "type": "array", "items": { "type": "string" } }, "wildcard": { "type": "boolean", "default": false }, "unobservable": { "type": "boolean", "default": false }, "blast": { "type": "number", "minimum": 0, "maximum": 10 }, "triageBy": { "type": "string", "format": "date" }, "disposition": { "enum": ["revoke", "justified", "accepted"] }, "justification": { "type": "string", "minLength": 1 }, "acceptance": { "$ref": "#/definitions/Acceptance" } } }, "Cvss": { "type": "object", "additionalProperties": false, "required": ["base"], "properties": { "base": { "type": "number", "minimum": 0, "maximum": 10 }, "vector": { "type": "string", "pattern": "^CVSS:4\\.0/" }, "exploitMaturity": { "enum": ["attacked", "poc", "unreported"], "default": "poc" } } }, "AivssResult": { "type": "object", "additionalProperties": false, "required": ["score", "severity", "vector"], "properties": { "score": { "type": "number", "minimum": 0, "maximum": 10 }, "severity": { "enum": ["None", "Low", "Medium", "High", "Critical"] }, "vector": { "type": "string" } } }, "ReopenEvent": { "enum": ["mcp-connection-added", "mcp-connection-removed", "model-version-updated", "tool-surface-modified", "autonomy-tier-changed", "permissions-changed", "baseline-drift", "signal-fired"] }, "SignalMatch": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verb": { "$ref": "#/definitions/Match" }, "apiGroup": { "$ref": "#/definitions/Match" }, "resource": { "$ref": "#/definitions/Match" }, "namespace": { "$ref": "#/definitions/Match" }, "name": { "$ref": "#/definitions/Match" }, "decision": { "enum": ["allow", "forbid"] }, "server": { "$ref": "#/definitions/Match" }, "tool": { "$ref": "#/definitions/Match" }, "outcome": { "$ref": "#/definitions/Match" }, "binary": { "$ref": "#/definitions/Match" }, "path": { "$ref": "#/definitions/Match" }, "endpoint": { "$ref": "#/definitions/Match" }, "rule": { "$ref": "#/definitions/Match" }, "eventName": { "$ref": "#/definitions/Match" }, "newBehaviour": { "type": "boolean" } } }, "Match": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "Evidence": { "type": "object", "additionalProperties": false, "required": ["source", "signal"], "properties": { "id": { "$ref": "#/definitions/Id" }, "source": { "$ref": "#/definitions/TelemetrySource" }, "signal": { "type": "object", "additionalProperties": false, "required": ["description"], "properties": { "description": { "type": "string", "minLength": 1 }, "match": { "$ref": "#/definitions/SignalMatch" } } }, "validated": { "$ref": "#/definitions/Validation" }, "fired": { "$ref": "#/definitions/Validation" } } }, "Validation": { "type": "object", "additionalProperties": false, "required": ["at", "snapshot", "events"], "properties": { "at": { "type": "string", "format": "date-time" }, "snapshot": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "events": { "type": "integer", "minimum": 0 } } }, "Acceptance": { "type": "object", "additionalProperties": false, "required": ["by", "reason"], "properties": { "by": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "reReviewBy": { "type": "string", "format": "date" }, "at": { "type": "string", "format": "date" } } }, "Reopened": { "type": "object", "additionalProperties": false, "required": ["event", "at"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "ref": { "type": "string" }, "at": { "type": "string", "format": "date-time" }, "subject": { "type": "string" } } }, "SurfaceChange": { "type": "object", "additionalProperties": false, "required": ["ref", "at", "subject"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "ref": { "type": "string", "minLength": 1 }, "at": { "type": "string", "format": "date-time" }, "subject": { "type": "string", "minLength": 1 } } }, "ReopenAlways": { "type": "object", "additionalProperties": false, "required": ["event", "always"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "always": { "const": true } } }, "Threat": { "type": "object", "additionalProperties": false, "required": ["id", "title", "class", "layer", "components", "status", "evidence"], "properties": { "id": { "$ref": "#/definitions/Id" }, "title": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "class": { "enum": ["coercion", "compromise"] }, "layer": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"] }, "layers": { "type": "array", "items": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] } }, "owasp": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^T([1-9]|1[0-5])$" } }, "components": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Id" } }, "capability": { "$ref": "#/definitions/Capability" }, "cvss": { "$ref": "#/definitions/Cvss" }, "aivss": { "$ref": "#/definitions/AivssResult" }, "status": { "enum": ["open", "closed", "accepted"] }, "evidence": { "type": "array", "items": { "$ref": "#/definitions/Evidence" } }, "acceptance": { "$ref": "#/definitions/Acceptance" }, "reopenOn": { "type": "array", "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/definitions/ReopenEvent" }, { "$ref": "#/definitions/ReopenAlways" }] } }, "reopened": { "$ref": "#/definitions/Reopened" }, "added": { "$ref": "#/definitions/SurfaceChange" }, "orphaned": { "$ref": "#/definitions/SurfaceChange" }, "mitigations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "Capability": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "rules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["resources", "verbs"], "properties": { "apiGroups": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "verbs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } } }, "tools": { "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "Id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" } } };
var schema23 = { "type": "object", "additionalProperties": false, "required": ["name", "owners"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, "description": { "type": "string" }, "owners": { "$ref": "#/definitions/Owners" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } } };
var pattern4 = new RegExp("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
var schema24 = { "type": "object", "additionalProperties": false, "required": ["security", "platform"], "properties": { "security": { "$ref": "#/definitions/OwnerList" }, "platform": { "$ref": "#/definitions/OwnerList" } } };
var schema25 = { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.security === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "security" }, message: "must have required property 'security'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.platform === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "security" || key0 === "platform")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.security !== void 0) {
      let data0 = data.security;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/security", schemaPath: "#/definitions/OwnerList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema25, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err4 = { instancePath: instancePath + "/security/" + i0, schemaPath: "#/definitions/OwnerList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/security/" + i0, schemaPath: "#/definitions/OwnerList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.items.type, parentSchema: schema25.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/security", schemaPath: "#/definitions/OwnerList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.type, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data2 = data.platform;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/platform", schemaPath: "#/definitions/OwnerList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema25, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = { instancePath: instancePath + "/platform/" + i1, schemaPath: "#/definitions/OwnerList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/platform/" + i1, schemaPath: "#/definitions/OwnerList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.items.type, parentSchema: schema25.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/platform", schemaPath: "#/definitions/OwnerList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.type, parentSchema: schema25, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.owners === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "description" || key0 === "owners" || key0 === "labels")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema23.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.name.type, parentSchema: schema23.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.description.type, parentSchema: schema23.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      if (!validate15(data.owners, { instancePath: instancePath + "/owners", parentData: data, parentDataProperty: "owners", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.labels !== void 0) {
      let data3 = data.labels;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          let data4 = data3[key1];
          if (typeof data4 !== "string") {
            const err6 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.labels.additionalProperties.type, parentSchema: schema23.properties.labels.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.labels.type, parentSchema: schema23.properties.labels, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema27 = { "type": "object", "additionalProperties": false, "required": ["name", "workload", "manifests", "autonomyTier", "aivss"], "properties": { "name": { "type": "string", "minLength": 1 }, "workload": { "$ref": "#/definitions/Workload" }, "manifests": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "autonomyTier": { "enum": ["manual", "approval", "autonomous"] }, "aivss": { "$ref": "#/definitions/AivssProfile" } } };
var schema28 = { "type": "object", "additionalProperties": false, "required": ["kind", "name", "namespace"], "properties": { "kind": { "enum": ["Deployment", "StatefulSet", "DaemonSet", "Agent", "SandboxAgent", "AgentTemplate", "AgentHarness"] }, "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "serviceAccount": { "type": "string", "minLength": 1 } } };
var schema29 = { "type": "object", "additionalProperties": false, "required": ["version", "factors"], "properties": { "version": { "enum": ["0.5", "0.8"] }, "factors": { "$ref": "#/definitions/AivssFactors" } } };
var schema30 = { "type": "object", "additionalProperties": false, "required": ["autonomyOfAction", "goalDrivenPlanning", "selfModification", "toolUse", "memoryUse", "contextualAwareness", "dynamicIdentity", "multiAgentInteractions", "nonDeterminism", "opacityAndReflexivity"], "properties": { "autonomyOfAction": { "$ref": "#/definitions/AivssFactor" }, "goalDrivenPlanning": { "$ref": "#/definitions/AivssFactor" }, "selfModification": { "$ref": "#/definitions/AivssFactor" }, "toolUse": { "$ref": "#/definitions/AivssFactor" }, "memoryUse": { "$ref": "#/definitions/AivssFactor" }, "contextualAwareness": { "$ref": "#/definitions/AivssFactor" }, "dynamicIdentity": { "$ref": "#/definitions/AivssFactor" }, "multiAgentInteractions": { "$ref": "#/definitions/AivssFactor" }, "nonDeterminism": { "$ref": "#/definitions/AivssFactor" }, "opacityAndReflexivity": { "$ref": "#/definitions/AivssFactor" } } };
var schema31 = { "type": "number", "minimum": 0, "maximum": 1 };
var func16 = Object.prototype.hasOwnProperty;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.autonomyOfAction === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autonomyOfAction" }, message: "must have required property 'autonomyOfAction'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.goalDrivenPlanning === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "goalDrivenPlanning" }, message: "must have required property 'goalDrivenPlanning'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.selfModification === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selfModification" }, message: "must have required property 'selfModification'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.toolUse === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "toolUse" }, message: "must have required property 'toolUse'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.memoryUse === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "memoryUse" }, message: "must have required property 'memoryUse'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.contextualAwareness === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contextualAwareness" }, message: "must have required property 'contextualAwareness'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.dynamicIdentity === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dynamicIdentity" }, message: "must have required property 'dynamicIdentity'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.multiAgentInteractions === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "multiAgentInteractions" }, message: "must have required property 'multiAgentInteractions'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.nonDeterminism === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nonDeterminism" }, message: "must have required property 'nonDeterminism'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.opacityAndReflexivity === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "opacityAndReflexivity" }, message: "must have required property 'opacityAndReflexivity'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func16.call(schema30.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.autonomyOfAction !== void 0) {
      let data0 = data.autonomyOfAction;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1 || isNaN(data0)) {
          const err11 = { instancePath: instancePath + "/autonomyOfAction", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err12 = { instancePath: instancePath + "/autonomyOfAction", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/autonomyOfAction", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.goalDrivenPlanning !== void 0) {
      let data1 = data.goalDrivenPlanning;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err14 = { instancePath: instancePath + "/goalDrivenPlanning", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data1 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err15 = { instancePath: instancePath + "/goalDrivenPlanning", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data1 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/goalDrivenPlanning", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data1 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.selfModification !== void 0) {
      let data2 = data.selfModification;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 1 || isNaN(data2)) {
          const err17 = { instancePath: instancePath + "/selfModification", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data2 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err18 = { instancePath: instancePath + "/selfModification", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data2 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/selfModification", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data2 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.toolUse !== void 0) {
      let data3 = data.toolUse;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1 || isNaN(data3)) {
          const err20 = { instancePath: instancePath + "/toolUse", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err21 = { instancePath: instancePath + "/toolUse", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data3 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/toolUse", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.memoryUse !== void 0) {
      let data4 = data.memoryUse;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1 || isNaN(data4)) {
          const err23 = { instancePath: instancePath + "/memoryUse", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data4 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err24 = { instancePath: instancePath + "/memoryUse", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data4 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/memoryUse", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data4 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.contextualAwareness !== void 0) {
      let data5 = data.contextualAwareness;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1 || isNaN(data5)) {
          const err26 = { instancePath: instancePath + "/contextualAwareness", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data5 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err27 = { instancePath: instancePath + "/contextualAwareness", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data5 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/contextualAwareness", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data5 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.dynamicIdentity !== void 0) {
      let data6 = data.dynamicIdentity;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 1 || isNaN(data6)) {
          const err29 = { instancePath: instancePath + "/dynamicIdentity", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data6 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data6 < 0 || isNaN(data6)) {
          const err30 = { instancePath: instancePath + "/dynamicIdentity", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data6 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/dynamicIdentity", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data6 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.multiAgentInteractions !== void 0) {
      let data7 = data.multiAgentInteractions;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 1 || isNaN(data7)) {
          const err32 = { instancePath: instancePath + "/multiAgentInteractions", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data7 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err33 = { instancePath: instancePath + "/multiAgentInteractions", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data7 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/multiAgentInteractions", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data7 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.nonDeterminism !== void 0) {
      let data8 = data.nonDeterminism;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 1 || isNaN(data8)) {
          const err35 = { instancePath: instancePath + "/nonDeterminism", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data8 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err36 = { instancePath: instancePath + "/nonDeterminism", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data8 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/nonDeterminism", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data8 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.opacityAndReflexivity !== void 0) {
      let data9 = data.opacityAndReflexivity;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 1 || isNaN(data9)) {
          const err38 = { instancePath: instancePath + "/opacityAndReflexivity", schemaPath: "#/definitions/AivssFactor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31, data: data9 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err39 = { instancePath: instancePath + "/opacityAndReflexivity", schemaPath: "#/definitions/AivssFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31, data: data9 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/opacityAndReflexivity", schemaPath: "#/definitions/AivssFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.type, parentSchema: schema31, data: data9 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.factors === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "factors" }, message: "must have required property 'factors'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "factors")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(data0 === "0.5" || data0 === "0.8")) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema29.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema29.properties.version.enum, parentSchema: schema29.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      if (!validate20(data.factors, { instancePath: instancePath + "/factors", parentData: data, parentDataProperty: "factors", rootData })) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.workload === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workload" }, message: "must have required property 'workload'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.manifests === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "manifests" }, message: "must have required property 'manifests'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.autonomyTier === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "autonomyTier" }, message: "must have required property 'autonomyTier'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.aivss === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "aivss" }, message: "must have required property 'aivss'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "workload" || key0 === "manifests" || key0 === "autonomyTier" || key0 === "aivss")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.name.type, parentSchema: schema27.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data1 = data.workload;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.kind === void 0) {
          const err8 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema28.required, parentSchema: schema28, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.name === void 0) {
          const err9 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema28.required, parentSchema: schema28, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.namespace === void 0) {
          const err10 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'", schema: schema28.required, parentSchema: schema28, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "kind" || key1 === "name" || key1 === "namespace" || key1 === "serviceAccount")) {
            const err11 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.kind !== void 0) {
          let data2 = data1.kind;
          if (!(data2 === "Deployment" || data2 === "StatefulSet" || data2 === "DaemonSet" || data2 === "Agent" || data2 === "SandboxAgent" || data2 === "AgentTemplate" || data2 === "AgentHarness")) {
            const err12 = { instancePath: instancePath + "/workload/kind", schemaPath: "#/definitions/Workload/properties/kind/enum", keyword: "enum", params: { allowedValues: schema28.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema28.properties.kind.enum, parentSchema: schema28.properties.kind, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data3 = data1.name;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err13 = { instancePath: instancePath + "/workload/name", schemaPath: "#/definitions/Workload/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/workload/name", schemaPath: "#/definitions/Workload/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.namespace !== void 0) {
          let data4 = data1.namespace;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err15 = { instancePath: instancePath + "/workload/namespace", schemaPath: "#/definitions/Workload/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.namespace, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/workload/namespace", schemaPath: "#/definitions/Workload/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.namespace.type, parentSchema: schema28.properties.namespace, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.serviceAccount !== void 0) {
          let data5 = data1.serviceAccount;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err17 = { instancePath: instancePath + "/workload/serviceAccount", schemaPath: "#/definitions/Workload/properties/serviceAccount/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.serviceAccount, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/workload/serviceAccount", schemaPath: "#/definitions/Workload/properties/serviceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.serviceAccount.type, parentSchema: schema28.properties.serviceAccount, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/workload", schemaPath: "#/definitions/Workload/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data1 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data6 = data.manifests;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err20 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.properties.manifests, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err21 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.manifests.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.manifests.items.type, parentSchema: schema27.properties.manifests.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.manifests.type, parentSchema: schema27.properties.manifests, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.autonomyTier !== void 0) {
      let data8 = data.autonomyTier;
      if (!(data8 === "manual" || data8 === "approval" || data8 === "autonomous")) {
        const err24 = { instancePath: instancePath + "/autonomyTier", schemaPath: "#/properties/autonomyTier/enum", keyword: "enum", params: { allowedValues: schema27.properties.autonomyTier.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.autonomyTier.enum, parentSchema: schema27.properties.autonomyTier, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      if (!validate19(data.aivss, { instancePath: instancePath + "/aivss", parentData: data, parentDataProperty: "aivss", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema41 = { "type": "object", "additionalProperties": false, "required": ["id", "category", "trustSource", "telemetry", "blastSurface"], "properties": { "id": { "$ref": "#/definitions/Id" }, "category": { "$ref": "#/definitions/ComponentCategory" }, "description": { "type": "string" }, "trustSource": { "$ref": "#/definitions/ObjectRef" }, "telemetry": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/TelemetrySource" } }, "blastSurface": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "tools": { "type": "array", "items": { "$ref": "#/definitions/PinnedTool" } }, "added": { "$ref": "#/definitions/SurfaceChange" }, "removed": { "$ref": "#/definitions/SurfaceChange" } } };
var schema42 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" };
var schema43 = { "enum": ["inference", "mcp-tool", "rag-memory", "identity", "runtime"] };
var schema44 = { "type": "object", "additionalProperties": false, "required": ["kind", "name"], "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" }, "file": { "type": "string" } } };
var schema45 = { "enum": ["kube-audit", "ebpf", "sdk-callback", "mcp-log", "iam-events", "db-audit", "admission", "cni"] };
var schema46 = { "type": "object", "additionalProperties": false, "required": ["name", "sha256"], "properties": { "name": { "type": "string", "minLength": 1 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } };
var func0 = import_equal.default.default;
var pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", "u");
var pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
var schema47 = { "type": "object", "additionalProperties": false, "required": ["ref", "at", "subject"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "ref": { "type": "string", "minLength": 1 }, "at": { "type": "string", "format": "date-time" }, "subject": { "type": "string", "minLength": 1 } } };
var schema48 = { "enum": ["mcp-connection-added", "mcp-connection-removed", "model-version-updated", "tool-surface-modified", "autonomy-tier-changed", "permissions-changed", "baseline-drift", "signal-fired"] };
var formats0 = import_formats.default.fastFormats["date-time"];
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ref === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "event" || key0 === "ref" || key0 === "at" || key0 === "subject")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data0 = data.event;
      if (!(data0 === "mcp-connection-added" || data0 === "mcp-connection-removed" || data0 === "model-version-updated" || data0 === "tool-surface-modified" || data0 === "autonomy-tier-changed" || data0 === "permissions-changed" || data0 === "baseline-drift" || data0 === "signal-fired")) {
        const err4 = { instancePath: instancePath + "/event", schemaPath: "#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values", schema: schema48.enum, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data1 = data.ref;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.ref, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.ref.type, parentSchema: schema47.properties.ref, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data2 = data.at;
      if (typeof data2 === "string") {
        if (!formats0.validate.test(data2)) {
          const err7 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema47.properties.at, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.at.type, parentSchema: schema47.properties.at, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data3 = data.subject;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err9 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.subject, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.subject.type, parentSchema: schema47.properties.subject, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.trustSource === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trustSource" }, message: "must have required property 'trustSource'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.telemetry === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "telemetry" }, message: "must have required property 'telemetry'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.blastSurface === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blastSurface" }, message: "must have required property 'blastSurface'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func16.call(schema41.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema42, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data1 = data.category;
      if (!(data1 === "inference" || data1 === "mcp-tool" || data1 === "rag-memory" || data1 === "identity" || data1 === "runtime")) {
        const err8 = { instancePath: instancePath + "/category", schemaPath: "#/definitions/ComponentCategory/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.description.type, parentSchema: schema41.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.trustSource !== void 0) {
      let data3 = data.trustSource;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.kind === void 0) {
          const err10 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema44.required, parentSchema: schema44, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.name === void 0) {
          const err11 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema44.required, parentSchema: schema44, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "apiVersion" || key1 === "kind" || key1 === "name" || key1 === "namespace" || key1 === "file")) {
            const err12 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.apiVersion !== void 0) {
          let data4 = data3.apiVersion;
          if (typeof data4 !== "string") {
            const err13 = { instancePath: instancePath + "/trustSource/apiVersion", schemaPath: "#/definitions/ObjectRef/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiVersion.type, parentSchema: schema44.properties.apiVersion, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.kind !== void 0) {
          let data5 = data3.kind;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/trustSource/kind", schemaPath: "#/definitions/ObjectRef/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.kind, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/trustSource/kind", schemaPath: "#/definitions/ObjectRef/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.kind.type, parentSchema: schema44.properties.kind, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data6 = data3.name;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err16 = { instancePath: instancePath + "/trustSource/name", schemaPath: "#/definitions/ObjectRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.name, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/trustSource/name", schemaPath: "#/definitions/ObjectRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.name.type, parentSchema: schema44.properties.name, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.namespace !== void 0) {
          let data7 = data3.namespace;
          if (typeof data7 !== "string") {
            const err18 = { instancePath: instancePath + "/trustSource/namespace", schemaPath: "#/definitions/ObjectRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.namespace.type, parentSchema: schema44.properties.namespace, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.file !== void 0) {
          let data8 = data3.file;
          if (typeof data8 !== "string") {
            const err19 = { instancePath: instancePath + "/trustSource/file", schemaPath: "#/definitions/ObjectRef/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.file.type, parentSchema: schema44.properties.file, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      let data9 = data.telemetry;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err21 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.telemetry, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (!(data10 === "kube-audit" || data10 === "ebpf" || data10 === "sdk-callback" || data10 === "mcp-log" || data10 === "iam-events" || data10 === "db-audit" || data10 === "admission" || data10 === "cni")) {
            const err22 = { instancePath: instancePath + "/telemetry/" + i0, schemaPath: "#/definitions/TelemetrySource/enum", keyword: "enum", params: { allowedValues: schema45.enum }, message: "must be equal to one of the allowed values", schema: schema45.enum, parentSchema: schema45, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        let i1 = data9.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data9[i1], data9[j0])) {
                const err23 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema41.properties.telemetry, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.telemetry.type, parentSchema: schema41.properties.telemetry, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.blastSurface !== void 0) {
      let data11 = data.blastSurface;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data12 = data11[i2];
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err25 = { instancePath: instancePath + "/blastSurface/" + i2, schemaPath: "#/properties/blastSurface/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.blastSurface.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/blastSurface/" + i2, schemaPath: "#/properties/blastSurface/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.blastSurface.items.type, parentSchema: schema41.properties.blastSurface.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/blastSurface", schemaPath: "#/properties/blastSurface/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.blastSurface.type, parentSchema: schema41.properties.blastSurface, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data13 = data.tools;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data14 = data13[i3];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.name === void 0) {
              const err28 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/definitions/PinnedTool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema46.required, parentSchema: schema46, data: data14 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data14.sha256 === void 0) {
              const err29 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/definitions/PinnedTool/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema46.required, parentSchema: schema46, data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!(key2 === "name" || key2 === "sha256")) {
                const err30 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/definitions/PinnedTool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data14.name !== void 0) {
              let data15 = data14.name;
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err31 = { instancePath: instancePath + "/tools/" + i3 + "/name", schemaPath: "#/definitions/PinnedTool/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46.properties.name, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/tools/" + i3 + "/name", schemaPath: "#/definitions/PinnedTool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.name.type, parentSchema: schema46.properties.name, data: data15 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.sha256 !== void 0) {
              let data16 = data14.sha256;
              if (typeof data16 === "string") {
                if (!pattern6.test(data16)) {
                  const err33 = { instancePath: instancePath + "/tools/" + i3 + "/sha256", schemaPath: "#/definitions/PinnedTool/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema46.properties.sha256, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/tools/" + i3 + "/sha256", schemaPath: "#/definitions/PinnedTool/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.sha256.type, parentSchema: schema46.properties.sha256, data: data16 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/definitions/PinnedTool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data: data14 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.tools.type, parentSchema: schema41.properties.tools, data: data13 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.added !== void 0) {
      if (!validate25(data.added, { instancePath: instancePath + "/added", parentData: data, parentDataProperty: "added", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.removed !== void 0) {
      if (!validate25(data.removed, { instancePath: instancePath + "/removed", parentData: data, parentDataProperty: "removed", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema49 = { "type": "object", "additionalProperties": false, "required": ["id", "to", "trustSource", "telemetry"], "properties": { "id": { "$ref": "#/definitions/Id" }, "description": { "type": "string" }, "direction": { "enum": ["outbound", "inbound"], "default": "outbound" }, "to": { "type": "object", "additionalProperties": false, "required": ["agent"], "properties": { "agent": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" }, "catalog": { "type": "string" } } }, "trustSource": { "$ref": "#/definitions/ObjectRef" }, "telemetry": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/TelemetrySource" } }, "blastSurface": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "added": { "$ref": "#/definitions/SurfaceChange" }, "removed": { "$ref": "#/definitions/SurfaceChange" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.trustSource === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trustSource" }, message: "must have required property 'trustSource'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.telemetry === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "telemetry" }, message: "must have required property 'telemetry'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func16.call(schema49.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema42, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.description.type, parentSchema: schema49.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data2 = data.direction;
      if (!(data2 === "outbound" || data2 === "inbound")) {
        const err8 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema49.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.direction.enum, parentSchema: schema49.properties.direction, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data3 = data.to;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.agent === void 0) {
          const err9 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'", schema: schema49.properties.to.required, parentSchema: schema49.properties.to, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "agent" || key1 === "namespace" || key1 === "catalog")) {
            const err10 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49.properties.to, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.agent !== void 0) {
          let data4 = data3.agent;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err11 = { instancePath: instancePath + "/to/agent", schemaPath: "#/properties/to/properties/agent/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.to.properties.agent, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/to/agent", schemaPath: "#/properties/to/properties/agent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.to.properties.agent.type, parentSchema: schema49.properties.to.properties.agent, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.namespace !== void 0) {
          let data5 = data3.namespace;
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/to/namespace", schemaPath: "#/properties/to/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.to.properties.namespace.type, parentSchema: schema49.properties.to.properties.namespace, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.catalog !== void 0) {
          let data6 = data3.catalog;
          if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/to/catalog", schemaPath: "#/properties/to/properties/catalog/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.to.properties.catalog.type, parentSchema: schema49.properties.to.properties.catalog, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.properties.to.type, parentSchema: schema49.properties.to, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.trustSource !== void 0) {
      let data7 = data.trustSource;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.kind === void 0) {
          const err16 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema44.required, parentSchema: schema44, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7.name === void 0) {
          const err17 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema44.required, parentSchema: schema44, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "apiVersion" || key2 === "kind" || key2 === "name" || key2 === "namespace" || key2 === "file")) {
            const err18 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data7.apiVersion !== void 0) {
          let data8 = data7.apiVersion;
          if (typeof data8 !== "string") {
            const err19 = { instancePath: instancePath + "/trustSource/apiVersion", schemaPath: "#/definitions/ObjectRef/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiVersion.type, parentSchema: schema44.properties.apiVersion, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.kind !== void 0) {
          let data9 = data7.kind;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err20 = { instancePath: instancePath + "/trustSource/kind", schemaPath: "#/definitions/ObjectRef/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.kind, data: data9 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/trustSource/kind", schemaPath: "#/definitions/ObjectRef/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.kind.type, parentSchema: schema44.properties.kind, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.name !== void 0) {
          let data10 = data7.name;
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err22 = { instancePath: instancePath + "/trustSource/name", schemaPath: "#/definitions/ObjectRef/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.name, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/trustSource/name", schemaPath: "#/definitions/ObjectRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.name.type, parentSchema: schema44.properties.name, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data7.namespace !== void 0) {
          let data11 = data7.namespace;
          if (typeof data11 !== "string") {
            const err24 = { instancePath: instancePath + "/trustSource/namespace", schemaPath: "#/definitions/ObjectRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.namespace.type, parentSchema: schema44.properties.namespace, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data7.file !== void 0) {
          let data12 = data7.file;
          if (typeof data12 !== "string") {
            const err25 = { instancePath: instancePath + "/trustSource/file", schemaPath: "#/definitions/ObjectRef/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.file.type, parentSchema: schema44.properties.file, data: data12 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/trustSource", schemaPath: "#/definitions/ObjectRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data7 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.telemetry !== void 0) {
      let data13 = data.telemetry;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err27 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema49.properties.telemetry, data: data13 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          if (!(data14 === "kube-audit" || data14 === "ebpf" || data14 === "sdk-callback" || data14 === "mcp-log" || data14 === "iam-events" || data14 === "db-audit" || data14 === "admission" || data14 === "cni")) {
            const err28 = { instancePath: instancePath + "/telemetry/" + i0, schemaPath: "#/definitions/TelemetrySource/enum", keyword: "enum", params: { allowedValues: schema45.enum }, message: "must be equal to one of the allowed values", schema: schema45.enum, parentSchema: schema45, data: data14 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        let i1 = data13.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data13[i1], data13[j0])) {
                const err29 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema49.properties.telemetry, data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/telemetry", schemaPath: "#/properties/telemetry/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.telemetry.type, parentSchema: schema49.properties.telemetry, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.blastSurface !== void 0) {
      let data15 = data.blastSurface;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data16 = data15[i2];
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err31 = { instancePath: instancePath + "/blastSurface/" + i2, schemaPath: "#/properties/blastSurface/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.blastSurface.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/blastSurface/" + i2, schemaPath: "#/properties/blastSurface/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.blastSurface.items.type, parentSchema: schema49.properties.blastSurface.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/blastSurface", schemaPath: "#/properties/blastSurface/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.properties.blastSurface.type, parentSchema: schema49.properties.blastSurface, data: data15 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.added !== void 0) {
      if (!validate25(data.added, { instancePath: instancePath + "/added", parentData: data, parentDataProperty: "added", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.removed !== void 0) {
      if (!validate25(data.removed, { instancePath: instancePath + "/removed", parentData: data, parentDataProperty: "removed", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema53 = { "type": "object", "additionalProperties": false, "required": ["identity", "dormant"], "properties": { "identity": { "type": "string", "pattern": "^system:serviceaccount:[^:]+:[^:]+$" }, "component": { "$ref": "#/definitions/Id" }, "observedWindow": { "$ref": "#/definitions/Window" }, "dormant": { "type": "array", "items": { "$ref": "#/definitions/DormantPermission" } } } };
var schema55 = { "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "from": { "type": "string", "format": "date-time" }, "to": { "type": "string", "format": "date-time" } } };
var pattern8 = new RegExp("^system:serviceaccount:[^:]+:[^:]+$", "u");
var schema56 = { "type": "object", "additionalProperties": false, "required": ["apiGroup", "resource", "verb", "namespace", "blast"], "properties": { "apiGroup": { "type": "string" }, "resource": { "type": "string", "minLength": 1 }, "verb": { "type": "string", "minLength": 1 }, "namespace": { "type": "string", "minLength": 1 }, "resourceNames": { "type": "array", "items": { "type": "string" } }, "wildcard": { "type": "boolean", "default": false }, "unobservable": { "type": "boolean", "default": false }, "blast": { "type": "number", "minimum": 0, "maximum": 10 }, "triageBy": { "type": "string", "format": "date" }, "disposition": { "enum": ["revoke", "justified", "accepted"] }, "justification": { "type": "string", "minLength": 1 }, "acceptance": { "$ref": "#/definitions/Acceptance" } } };
var schema57 = { "type": "object", "additionalProperties": false, "required": ["by", "reason"], "properties": { "by": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "reReviewBy": { "type": "string", "format": "date" }, "at": { "type": "string", "format": "date" } } };
var formats6 = import_formats.default.fastFormats.date;
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiGroup === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiGroup" }, message: "must have required property 'apiGroup'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.resource === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.verb === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verb" }, message: "must have required property 'verb'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.namespace === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" }, message: "must have required property 'namespace'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.blast === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "blast" }, message: "must have required property 'blast'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func16.call(schema56.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiGroup !== void 0) {
      let data0 = data.apiGroup;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/properties/apiGroup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.apiGroup.type, parentSchema: schema56.properties.apiGroup, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      let data1 = data.resource;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.resource, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.resource.type, parentSchema: schema56.properties.resource, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.verb !== void 0) {
      let data2 = data.verb;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.verb, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/verb", schemaPath: "#/properties/verb/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.verb.type, parentSchema: schema56.properties.verb, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data3 = data.namespace;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.namespace, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.namespace.type, parentSchema: schema56.properties.namespace, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.resourceNames !== void 0) {
      let data4 = data.resourceNames;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/resourceNames/" + i0, schemaPath: "#/properties/resourceNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.resourceNames.items.type, parentSchema: schema56.properties.resourceNames.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/resourceNames", schemaPath: "#/properties/resourceNames/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.resourceNames.type, parentSchema: schema56.properties.resourceNames, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.wildcard !== void 0) {
      let data6 = data.wildcard;
      if (typeof data6 !== "boolean") {
        const err15 = { instancePath: instancePath + "/wildcard", schemaPath: "#/properties/wildcard/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.wildcard.type, parentSchema: schema56.properties.wildcard, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.unobservable !== void 0) {
      let data7 = data.unobservable;
      if (typeof data7 !== "boolean") {
        const err16 = { instancePath: instancePath + "/unobservable", schemaPath: "#/properties/unobservable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.properties.unobservable.type, parentSchema: schema56.properties.unobservable, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.blast !== void 0) {
      let data8 = data.blast;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 10 || isNaN(data8)) {
          const err17 = { instancePath: instancePath + "/blast", schemaPath: "#/properties/blast/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema56.properties.blast, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err18 = { instancePath: instancePath + "/blast", schemaPath: "#/properties/blast/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.blast, data: data8 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/blast", schemaPath: "#/properties/blast/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.blast.type, parentSchema: schema56.properties.blast, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.triageBy !== void 0) {
      let data9 = data.triageBy;
      if (typeof data9 === "string") {
        if (!formats6.validate.test(data9)) {
          const err20 = { instancePath: instancePath + "/triageBy", schemaPath: "#/properties/triageBy/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema56.properties.triageBy, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/triageBy", schemaPath: "#/properties/triageBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.triageBy.type, parentSchema: schema56.properties.triageBy, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.disposition !== void 0) {
      let data10 = data.disposition;
      if (!(data10 === "revoke" || data10 === "justified" || data10 === "accepted")) {
        const err22 = { instancePath: instancePath + "/disposition", schemaPath: "#/properties/disposition/enum", keyword: "enum", params: { allowedValues: schema56.properties.disposition.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.disposition.enum, parentSchema: schema56.properties.disposition, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.justification !== void 0) {
      let data11 = data.justification;
      if (typeof data11 === "string") {
        if (func2(data11) < 1) {
          const err23 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.justification, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/justification", schemaPath: "#/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.justification.type, parentSchema: schema56.properties.justification, data: data11 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.acceptance !== void 0) {
      let data12 = data.acceptance;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.by === void 0) {
          const err25 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema57.required, parentSchema: schema57, data: data12 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data12.reason === void 0) {
          const err26 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema57.required, parentSchema: schema57, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        for (const key1 in data12) {
          if (!(key1 === "by" || key1 === "reason" || key1 === "reReviewBy" || key1 === "at")) {
            const err27 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data12.by !== void 0) {
          let data13 = data12.by;
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err28 = { instancePath: instancePath + "/acceptance/by", schemaPath: "#/definitions/Acceptance/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.by, data: data13 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/acceptance/by", schemaPath: "#/definitions/Acceptance/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.by.type, parentSchema: schema57.properties.by, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.reason !== void 0) {
          let data14 = data12.reason;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err30 = { instancePath: instancePath + "/acceptance/reason", schemaPath: "#/definitions/Acceptance/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.reason, data: data14 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/acceptance/reason", schemaPath: "#/definitions/Acceptance/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.reason.type, parentSchema: schema57.properties.reason, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.reReviewBy !== void 0) {
          let data15 = data12.reReviewBy;
          if (typeof data15 === "string") {
            if (!formats6.validate.test(data15)) {
              const err32 = { instancePath: instancePath + "/acceptance/reReviewBy", schemaPath: "#/definitions/Acceptance/properties/reReviewBy/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.reReviewBy, data: data15 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/acceptance/reReviewBy", schemaPath: "#/definitions/Acceptance/properties/reReviewBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.reReviewBy.type, parentSchema: schema57.properties.reReviewBy, data: data15 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data12.at !== void 0) {
          let data16 = data12.at;
          if (typeof data16 === "string") {
            if (!formats6.validate.test(data16)) {
              const err34 = { instancePath: instancePath + "/acceptance/at", schemaPath: "#/definitions/Acceptance/properties/at/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.at, data: data16 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/acceptance/at", schemaPath: "#/definitions/Acceptance/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.at.type, parentSchema: schema57.properties.at, data: data16 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data: data12 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.identity === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.dormant === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dormant" }, message: "must have required property 'dormant'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "identity" || key0 === "component" || key0 === "observedWindow" || key0 === "dormant")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      let data0 = data.identity;
      if (typeof data0 === "string") {
        if (!pattern8.test(data0)) {
          const err3 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/pattern", keyword: "pattern", params: { pattern: "^system:serviceaccount:[^:]+:[^:]+$" }, message: 'must match pattern "^system:serviceaccount:[^:]+:[^:]+$"', schema: "^system:serviceaccount:[^:]+:[^:]+$", parentSchema: schema53.properties.identity, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.properties.identity.type, parentSchema: schema53.properties.identity, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.component !== void 0) {
      let data1 = data.component;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err5 = { instancePath: instancePath + "/component", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema42, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/component", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.observedWindow !== void 0) {
      let data2 = data.observedWindow;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.from === void 0) {
          const err7 = { instancePath: instancePath + "/observedWindow", schemaPath: "#/definitions/Window/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema55.required, parentSchema: schema55, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.to === void 0) {
          const err8 = { instancePath: instancePath + "/observedWindow", schemaPath: "#/definitions/Window/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema55.required, parentSchema: schema55, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "from" || key1 === "to")) {
            const err9 = { instancePath: instancePath + "/observedWindow", schemaPath: "#/definitions/Window/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.from !== void 0) {
          let data3 = data2.from;
          if (typeof data3 === "string") {
            if (!formats0.validate.test(data3)) {
              const err10 = { instancePath: instancePath + "/observedWindow/from", schemaPath: "#/definitions/Window/properties/from/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema55.properties.from, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/observedWindow/from", schemaPath: "#/definitions/Window/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.from.type, parentSchema: schema55.properties.from, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.to !== void 0) {
          let data4 = data2.to;
          if (typeof data4 === "string") {
            if (!formats0.validate.test(data4)) {
              const err12 = { instancePath: instancePath + "/observedWindow/to", schemaPath: "#/definitions/Window/properties/to/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema55.properties.to, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/observedWindow/to", schemaPath: "#/definitions/Window/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.to.type, parentSchema: schema55.properties.to, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/observedWindow", schemaPath: "#/definitions/Window/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.dormant !== void 0) {
      let data5 = data.dormant;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate34(data5[i0], { instancePath: instancePath + "/dormant/" + i0, parentData: data5, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/dormant", schemaPath: "#/properties/dormant/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.properties.dormant.type, parentSchema: schema53.properties.dormant, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var schema58 = { "type": "object", "additionalProperties": false, "required": ["id", "title", "class", "layer", "components", "status", "evidence"], "properties": { "id": { "$ref": "#/definitions/Id" }, "title": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "class": { "enum": ["coercion", "compromise"] }, "layer": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "cross-layer"] }, "layers": { "type": "array", "items": { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] } }, "owasp": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^T([1-9]|1[0-5])$" } }, "components": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/Id" } }, "capability": { "$ref": "#/definitions/Capability" }, "cvss": { "$ref": "#/definitions/Cvss" }, "aivss": { "$ref": "#/definitions/AivssResult" }, "status": { "enum": ["open", "closed", "accepted"] }, "evidence": { "type": "array", "items": { "$ref": "#/definitions/Evidence" } }, "acceptance": { "$ref": "#/definitions/Acceptance" }, "reopenOn": { "type": "array", "uniqueItems": true, "items": { "oneOf": [{ "$ref": "#/definitions/ReopenEvent" }, { "$ref": "#/definitions/ReopenAlways" }] } }, "reopened": { "$ref": "#/definitions/Reopened" }, "added": { "$ref": "#/definitions/SurfaceChange" }, "orphaned": { "$ref": "#/definitions/SurfaceChange" }, "mitigations": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "references": { "type": "array", "items": { "type": "string", "minLength": 1 } } } };
var schema61 = { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "rules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["resources", "verbs"], "properties": { "apiGroups": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "verbs": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } } } }, "tools": { "type": "array", "items": { "type": "string", "minLength": 1 } } } };
var schema62 = { "type": "object", "additionalProperties": false, "required": ["base"], "properties": { "base": { "type": "number", "minimum": 0, "maximum": 10 }, "vector": { "type": "string", "pattern": "^CVSS:4\\.0/" }, "exploitMaturity": { "enum": ["attacked", "poc", "unreported"], "default": "poc" } } };
var schema63 = { "type": "object", "additionalProperties": false, "required": ["score", "severity", "vector"], "properties": { "score": { "type": "number", "minimum": 0, "maximum": 10 }, "severity": { "enum": ["None", "Low", "Medium", "High", "Critical"] }, "vector": { "type": "string" } } };
var pattern11 = new RegExp("^T([1-9]|1[0-5])$", "u");
var pattern13 = new RegExp("^CVSS:4\\.0/", "u");
var schema64 = { "type": "object", "additionalProperties": false, "required": ["source", "signal"], "properties": { "id": { "$ref": "#/definitions/Id" }, "source": { "$ref": "#/definitions/TelemetrySource" }, "signal": { "type": "object", "additionalProperties": false, "required": ["description"], "properties": { "description": { "type": "string", "minLength": 1 }, "match": { "$ref": "#/definitions/SignalMatch" } } }, "validated": { "$ref": "#/definitions/Validation" }, "fired": { "$ref": "#/definitions/Validation" } } };
var schema81 = { "type": "object", "additionalProperties": false, "required": ["at", "snapshot", "events"], "properties": { "at": { "type": "string", "format": "date-time" }, "snapshot": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "events": { "type": "integer", "minimum": 0 } } };
var pattern15 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var schema67 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "verb": { "$ref": "#/definitions/Match" }, "apiGroup": { "$ref": "#/definitions/Match" }, "resource": { "$ref": "#/definitions/Match" }, "namespace": { "$ref": "#/definitions/Match" }, "name": { "$ref": "#/definitions/Match" }, "decision": { "enum": ["allow", "forbid"] }, "server": { "$ref": "#/definitions/Match" }, "tool": { "$ref": "#/definitions/Match" }, "outcome": { "$ref": "#/definitions/Match" }, "binary": { "$ref": "#/definitions/Match" }, "path": { "$ref": "#/definitions/Match" }, "endpoint": { "$ref": "#/definitions/Match" }, "rule": { "$ref": "#/definitions/Match" }, "eventName": { "$ref": "#/definitions/Match" }, "newBehaviour": { "type": "boolean" } } };
var schema68 = { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func16.call(schema67.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.verb !== void 0) {
      let data0 = data.verb;
      const _errs4 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs5 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err5 = { instancePath: instancePath + "/verb/" + i0, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/verb/" + i0, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/verb", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.apiGroup !== void 0) {
      let data2 = data.apiGroup;
      const _errs13 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs14 = errors;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs16 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err11 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err12 = { instancePath: instancePath + "/apiGroup/" + i1, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/apiGroup/" + i1, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err15 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.resource !== void 0) {
      let data4 = data.resource;
      const _errs22 = errors;
      let valid10 = false;
      let passing2 = null;
      const _errs23 = errors;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err16 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid2 = _errs23 === errors;
      if (_valid2) {
        valid10 = true;
        passing2 = 0;
      }
      const _errs25 = errors;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err18 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err19 = { instancePath: instancePath + "/resource/" + i2, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/resource/" + i2, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid2 = _errs25 === errors;
      if (_valid2 && valid10) {
        valid10 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid10 = true;
          passing2 = 1;
        }
      }
      if (!valid10) {
        const err22 = { instancePath: instancePath + "/resource", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.namespace !== void 0) {
      let data6 = data.namespace;
      const _errs31 = errors;
      let valid14 = false;
      let passing3 = null;
      const _errs32 = errors;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err23 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid3 = _errs32 === errors;
      if (_valid3) {
        valid14 = true;
        passing3 = 0;
      }
      const _errs34 = errors;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err25 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data6 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err26 = { instancePath: instancePath + "/namespace/" + i3, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data7 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/namespace/" + i3, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data7 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid3 = _errs34 === errors;
      if (_valid3 && valid14) {
        valid14 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid14 = true;
          passing3 = 1;
        }
      }
      if (!valid14) {
        const err29 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data6 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs31;
        if (vErrors !== null) {
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.name !== void 0) {
      let data8 = data.name;
      const _errs40 = errors;
      let valid18 = false;
      let passing4 = null;
      const _errs41 = errors;
      if (typeof data8 === "string") {
        if (func2(data8) < 1) {
          const err30 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid4 = _errs41 === errors;
      if (_valid4) {
        valid18 = true;
        passing4 = 0;
      }
      const _errs43 = errors;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err32 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data9 = data8[i4];
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err33 = { instancePath: instancePath + "/name/" + i4, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data9 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/name/" + i4, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid4 = _errs43 === errors;
      if (_valid4 && valid18) {
        valid18 = false;
        passing4 = [passing4, 1];
      } else {
        if (_valid4) {
          valid18 = true;
          passing4 = 1;
        }
      }
      if (!valid18) {
        const err36 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data8 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      } else {
        errors = _errs40;
        if (vErrors !== null) {
          if (_errs40) {
            vErrors.length = _errs40;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.decision !== void 0) {
      let data10 = data.decision;
      if (!(data10 === "allow" || data10 === "forbid")) {
        const err37 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema67.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.decision.enum, parentSchema: schema67.properties.decision, data: data10 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data11 = data.server;
      const _errs50 = errors;
      let valid22 = false;
      let passing5 = null;
      const _errs51 = errors;
      if (typeof data11 === "string") {
        if (func2(data11) < 1) {
          const err38 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data11 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data11 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var _valid5 = _errs51 === errors;
      if (_valid5) {
        valid22 = true;
        passing5 = 0;
      }
      const _errs53 = errors;
      if (Array.isArray(data11)) {
        if (data11.length < 1) {
          const err40 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data11 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        const len5 = data11.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data12 = data11[i5];
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err41 = { instancePath: instancePath + "/server/" + i5, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/server/" + i5, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data12 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data11 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      var _valid5 = _errs53 === errors;
      if (_valid5 && valid22) {
        valid22 = false;
        passing5 = [passing5, 1];
      } else {
        if (_valid5) {
          valid22 = true;
          passing5 = 1;
        }
      }
      if (!valid22) {
        const err44 = { instancePath: instancePath + "/server", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data11 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs50;
        if (vErrors !== null) {
          if (_errs50) {
            vErrors.length = _errs50;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.tool !== void 0) {
      let data13 = data.tool;
      const _errs59 = errors;
      let valid26 = false;
      let passing6 = null;
      const _errs60 = errors;
      if (typeof data13 === "string") {
        if (func2(data13) < 1) {
          const err45 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data13 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data13 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      var _valid6 = _errs60 === errors;
      if (_valid6) {
        valid26 = true;
        passing6 = 0;
      }
      const _errs62 = errors;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err47 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data13 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        const len6 = data13.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data14 = data13[i6];
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err48 = { instancePath: instancePath + "/tool/" + i6, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data14 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/tool/" + i6, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data14 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var _valid6 = _errs62 === errors;
      if (_valid6 && valid26) {
        valid26 = false;
        passing6 = [passing6, 1];
      } else {
        if (_valid6) {
          valid26 = true;
          passing6 = 1;
        }
      }
      if (!valid26) {
        const err51 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data13 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      } else {
        errors = _errs59;
        if (vErrors !== null) {
          if (_errs59) {
            vErrors.length = _errs59;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.outcome !== void 0) {
      let data15 = data.outcome;
      const _errs68 = errors;
      let valid30 = false;
      let passing7 = null;
      const _errs69 = errors;
      if (typeof data15 === "string") {
        if (func2(data15) < 1) {
          const err52 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data15 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data15 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      var _valid7 = _errs69 === errors;
      if (_valid7) {
        valid30 = true;
        passing7 = 0;
      }
      const _errs71 = errors;
      if (Array.isArray(data15)) {
        if (data15.length < 1) {
          const err54 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data15 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        const len7 = data15.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data16 = data15[i7];
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err55 = { instancePath: instancePath + "/outcome/" + i7, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data16 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/outcome/" + i7, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data16 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data15 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      var _valid7 = _errs71 === errors;
      if (_valid7 && valid30) {
        valid30 = false;
        passing7 = [passing7, 1];
      } else {
        if (_valid7) {
          valid30 = true;
          passing7 = 1;
        }
      }
      if (!valid30) {
        const err58 = { instancePath: instancePath + "/outcome", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data15 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      } else {
        errors = _errs68;
        if (vErrors !== null) {
          if (_errs68) {
            vErrors.length = _errs68;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.binary !== void 0) {
      let data17 = data.binary;
      const _errs77 = errors;
      let valid34 = false;
      let passing8 = null;
      const _errs78 = errors;
      if (typeof data17 === "string") {
        if (func2(data17) < 1) {
          const err59 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data17 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      } else {
        const err60 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data17 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      var _valid8 = _errs78 === errors;
      if (_valid8) {
        valid34 = true;
        passing8 = 0;
      }
      const _errs80 = errors;
      if (Array.isArray(data17)) {
        if (data17.length < 1) {
          const err61 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data17 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        const len8 = data17.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data18 = data17[i8];
          if (typeof data18 === "string") {
            if (func2(data18) < 1) {
              const err62 = { instancePath: instancePath + "/binary/" + i8, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data18 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/binary/" + i8, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data18 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data17 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      var _valid8 = _errs80 === errors;
      if (_valid8 && valid34) {
        valid34 = false;
        passing8 = [passing8, 1];
      } else {
        if (_valid8) {
          valid34 = true;
          passing8 = 1;
        }
      }
      if (!valid34) {
        const err65 = { instancePath: instancePath + "/binary", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data17 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      } else {
        errors = _errs77;
        if (vErrors !== null) {
          if (_errs77) {
            vErrors.length = _errs77;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.path !== void 0) {
      let data19 = data.path;
      const _errs86 = errors;
      let valid38 = false;
      let passing9 = null;
      const _errs87 = errors;
      if (typeof data19 === "string") {
        if (func2(data19) < 1) {
          const err66 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data19 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      } else {
        const err67 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data19 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      var _valid9 = _errs87 === errors;
      if (_valid9) {
        valid38 = true;
        passing9 = 0;
      }
      const _errs89 = errors;
      if (Array.isArray(data19)) {
        if (data19.length < 1) {
          const err68 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data19 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        const len9 = data19.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data20 = data19[i9];
          if (typeof data20 === "string") {
            if (func2(data20) < 1) {
              const err69 = { instancePath: instancePath + "/path/" + i9, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data20 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/path/" + i9, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data20 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data19 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      var _valid9 = _errs89 === errors;
      if (_valid9 && valid38) {
        valid38 = false;
        passing9 = [passing9, 1];
      } else {
        if (_valid9) {
          valid38 = true;
          passing9 = 1;
        }
      }
      if (!valid38) {
        const err72 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data19 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      } else {
        errors = _errs86;
        if (vErrors !== null) {
          if (_errs86) {
            vErrors.length = _errs86;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.endpoint !== void 0) {
      let data21 = data.endpoint;
      const _errs95 = errors;
      let valid42 = false;
      let passing10 = null;
      const _errs96 = errors;
      if (typeof data21 === "string") {
        if (func2(data21) < 1) {
          const err73 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data21 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      } else {
        const err74 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data21 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
      var _valid10 = _errs96 === errors;
      if (_valid10) {
        valid42 = true;
        passing10 = 0;
      }
      const _errs98 = errors;
      if (Array.isArray(data21)) {
        if (data21.length < 1) {
          const err75 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data21 };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        const len10 = data21.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data22 = data21[i10];
          if (typeof data22 === "string") {
            if (func2(data22) < 1) {
              const err76 = { instancePath: instancePath + "/endpoint/" + i10, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data22 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/endpoint/" + i10, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data22 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data21 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
      var _valid10 = _errs98 === errors;
      if (_valid10 && valid42) {
        valid42 = false;
        passing10 = [passing10, 1];
      } else {
        if (_valid10) {
          valid42 = true;
          passing10 = 1;
        }
      }
      if (!valid42) {
        const err79 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data21 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      } else {
        errors = _errs95;
        if (vErrors !== null) {
          if (_errs95) {
            vErrors.length = _errs95;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rule !== void 0) {
      let data23 = data.rule;
      const _errs104 = errors;
      let valid46 = false;
      let passing11 = null;
      const _errs105 = errors;
      if (typeof data23 === "string") {
        if (func2(data23) < 1) {
          const err80 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data23 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      } else {
        const err81 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data23 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      var _valid11 = _errs105 === errors;
      if (_valid11) {
        valid46 = true;
        passing11 = 0;
      }
      const _errs107 = errors;
      if (Array.isArray(data23)) {
        if (data23.length < 1) {
          const err82 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data23 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        const len11 = data23.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data24 = data23[i11];
          if (typeof data24 === "string") {
            if (func2(data24) < 1) {
              const err83 = { instancePath: instancePath + "/rule/" + i11, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data24 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/rule/" + i11, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data24 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data23 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      var _valid11 = _errs107 === errors;
      if (_valid11 && valid46) {
        valid46 = false;
        passing11 = [passing11, 1];
      } else {
        if (_valid11) {
          valid46 = true;
          passing11 = 1;
        }
      }
      if (!valid46) {
        const err86 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data23 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      } else {
        errors = _errs104;
        if (vErrors !== null) {
          if (_errs104) {
            vErrors.length = _errs104;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.eventName !== void 0) {
      let data25 = data.eventName;
      const _errs113 = errors;
      let valid50 = false;
      let passing12 = null;
      const _errs114 = errors;
      if (typeof data25 === "string") {
        if (func2(data25) < 1) {
          const err87 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[0], data: data25 };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      } else {
        const err88 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[0].type, parentSchema: schema68.oneOf[0], data: data25 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
      var _valid12 = _errs114 === errors;
      if (_valid12) {
        valid50 = true;
        passing12 = 0;
      }
      const _errs116 = errors;
      if (Array.isArray(data25)) {
        if (data25.length < 1) {
          const err89 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema68.oneOf[1], data: data25 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        const len12 = data25.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data26 = data25[i12];
          if (typeof data26 === "string") {
            if (func2(data26) < 1) {
              const err90 = { instancePath: instancePath + "/eventName/" + i12, schemaPath: "#/definitions/Match/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.oneOf[1].items, data: data26 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = { instancePath: instancePath + "/eventName/" + i12, schemaPath: "#/definitions/Match/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.oneOf[1].items.type, parentSchema: schema68.oneOf[1].items, data: data26 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.oneOf[1].type, parentSchema: schema68.oneOf[1], data: data25 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
      var _valid12 = _errs116 === errors;
      if (_valid12 && valid50) {
        valid50 = false;
        passing12 = [passing12, 1];
      } else {
        if (_valid12) {
          valid50 = true;
          passing12 = 1;
        }
      }
      if (!valid50) {
        const err93 = { instancePath: instancePath + "/eventName", schemaPath: "#/definitions/Match/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf", schema: schema68.oneOf, parentSchema: schema68, data: data25 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      } else {
        errors = _errs113;
        if (vErrors !== null) {
          if (_errs113) {
            vErrors.length = _errs113;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.newBehaviour !== void 0) {
      let data27 = data.newBehaviour;
      if (typeof data27 !== "boolean") {
        const err94 = { instancePath: instancePath + "/newBehaviour", schemaPath: "#/properties/newBehaviour/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema67.properties.newBehaviour.type, parentSchema: schema67.properties.newBehaviour, data: data27 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.signal === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "source" || key0 === "signal" || key0 === "validated" || key0 === "fired")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema42, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data1 = data.source;
      if (!(data1 === "kube-audit" || data1 === "ebpf" || data1 === "sdk-callback" || data1 === "mcp-log" || data1 === "iam-events" || data1 === "db-audit" || data1 === "admission" || data1 === "cni")) {
        const err5 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/TelemetrySource/enum", keyword: "enum", params: { allowedValues: schema45.enum }, message: "must be equal to one of the allowed values", schema: schema45.enum, parentSchema: schema45, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.signal !== void 0) {
      let data2 = data.signal;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.description === void 0) {
          const err6 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema64.properties.signal.required, parentSchema: schema64.properties.signal, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "description" || key1 === "match")) {
            const err7 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64.properties.signal, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data3 = data2.description;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err8 = { instancePath: instancePath + "/signal/description", schemaPath: "#/properties/signal/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema64.properties.signal.properties.description, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/signal/description", schemaPath: "#/properties/signal/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.signal.properties.description.type, parentSchema: schema64.properties.signal.properties.description, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.match !== void 0) {
          if (!validate39(data2.match, { instancePath: instancePath + "/signal/match", parentData: data2, parentDataProperty: "match", rootData })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/signal", schemaPath: "#/properties/signal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties.signal.type, parentSchema: schema64.properties.signal, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.validated !== void 0) {
      let data5 = data.validated;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.at === void 0) {
          const err11 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema81.required, parentSchema: schema81, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data5.snapshot === void 0) {
          const err12 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "snapshot" }, message: "must have required property 'snapshot'", schema: schema81.required, parentSchema: schema81, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data5.events === void 0) {
          const err13 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema81.required, parentSchema: schema81, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "at" || key2 === "snapshot" || key2 === "events")) {
            const err14 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.at !== void 0) {
          let data6 = data5.at;
          if (typeof data6 === "string") {
            if (!formats0.validate.test(data6)) {
              const err15 = { instancePath: instancePath + "/validated/at", schemaPath: "#/definitions/Validation/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema81.properties.at, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/validated/at", schemaPath: "#/definitions/Validation/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.at.type, parentSchema: schema81.properties.at, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.snapshot !== void 0) {
          let data7 = data5.snapshot;
          if (typeof data7 === "string") {
            if (!pattern15.test(data7)) {
              const err17 = { instancePath: instancePath + "/validated/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema81.properties.snapshot, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/validated/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.snapshot.type, parentSchema: schema81.properties.snapshot, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.events !== void 0) {
          let data8 = data5.events;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err19 = { instancePath: instancePath + "/validated/events", schemaPath: "#/definitions/Validation/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema81.properties.events.type, parentSchema: schema81.properties.events, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err20 = { instancePath: instancePath + "/validated/events", schemaPath: "#/definitions/Validation/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema81.properties.events, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/validated", schemaPath: "#/definitions/Validation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.type, parentSchema: schema81, data: data5 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.fired !== void 0) {
      let data9 = data.fired;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.at === void 0) {
          const err22 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema81.required, parentSchema: schema81, data: data9 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9.snapshot === void 0) {
          const err23 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "snapshot" }, message: "must have required property 'snapshot'", schema: schema81.required, parentSchema: schema81, data: data9 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data9.events === void 0) {
          const err24 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema81.required, parentSchema: schema81, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!(key3 === "at" || key3 === "snapshot" || key3 === "events")) {
            const err25 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81, data: data9 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.at !== void 0) {
          let data10 = data9.at;
          if (typeof data10 === "string") {
            if (!formats0.validate.test(data10)) {
              const err26 = { instancePath: instancePath + "/fired/at", schemaPath: "#/definitions/Validation/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema81.properties.at, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/fired/at", schemaPath: "#/definitions/Validation/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.at.type, parentSchema: schema81.properties.at, data: data10 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9.snapshot !== void 0) {
          let data11 = data9.snapshot;
          if (typeof data11 === "string") {
            if (!pattern15.test(data11)) {
              const err28 = { instancePath: instancePath + "/fired/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"', schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema81.properties.snapshot, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/fired/snapshot", schemaPath: "#/definitions/Validation/properties/snapshot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.properties.snapshot.type, parentSchema: schema81.properties.snapshot, data: data11 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data9.events !== void 0) {
          let data12 = data9.events;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err30 = { instancePath: instancePath + "/fired/events", schemaPath: "#/definitions/Validation/properties/events/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema81.properties.events.type, parentSchema: schema81.properties.events, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err31 = { instancePath: instancePath + "/fired/events", schemaPath: "#/definitions/Validation/properties/events/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema81.properties.events, data: data12 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/fired", schemaPath: "#/definitions/Validation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.type, parentSchema: schema81, data: data9 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
var schema85 = { "type": "object", "additionalProperties": false, "required": ["event", "always"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "always": { "const": true } } };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.event === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema85.required, parentSchema: schema85, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.always === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "always" }, message: "must have required property 'always'", schema: schema85.required, parentSchema: schema85, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "event" || key0 === "always")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema85, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data0 = data.event;
      if (!(data0 === "mcp-connection-added" || data0 === "mcp-connection-removed" || data0 === "model-version-updated" || data0 === "tool-surface-modified" || data0 === "autonomy-tier-changed" || data0 === "permissions-changed" || data0 === "baseline-drift" || data0 === "signal-fired")) {
        const err3 = { instancePath: instancePath + "/event", schemaPath: "#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values", schema: schema48.enum, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.always !== void 0) {
      let data1 = data.always;
      if (true !== data1) {
        const err4 = { instancePath: instancePath + "/always", schemaPath: "#/properties/always/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema85.properties.always, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema85.type, parentSchema: schema85, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
var schema87 = { "type": "object", "additionalProperties": false, "required": ["event", "at"], "properties": { "event": { "$ref": "#/definitions/ReopenEvent" }, "ref": { "type": "string" }, "at": { "type": "string", "format": "date-time" }, "subject": { "type": "string" } } };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.event === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema87.required, parentSchema: schema87, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.at === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema87.required, parentSchema: schema87, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "event" || key0 === "ref" || key0 === "at" || key0 === "subject")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema87, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.event !== void 0) {
      let data0 = data.event;
      if (!(data0 === "mcp-connection-added" || data0 === "mcp-connection-removed" || data0 === "model-version-updated" || data0 === "tool-surface-modified" || data0 === "autonomy-tier-changed" || data0 === "permissions-changed" || data0 === "baseline-drift" || data0 === "signal-fired")) {
        const err3 = { instancePath: instancePath + "/event", schemaPath: "#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values", schema: schema48.enum, parentSchema: schema48, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data1 = data.ref;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.ref.type, parentSchema: schema87.properties.ref, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.at !== void 0) {
      let data2 = data.at;
      if (typeof data2 === "string") {
        if (!formats0.validate.test(data2)) {
          const err5 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema87.properties.at, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.at.type, parentSchema: schema87.properties.at, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data3 = data.subject;
      if (typeof data3 !== "string") {
        const err7 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.subject.type, parentSchema: schema87.properties.subject, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema87.type, parentSchema: schema87, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.class === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "class" }, message: "must have required property 'class'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.layer === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layer" }, message: "must have required property 'layer'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.components === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func16.call(schema58.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema42, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.title.type, parentSchema: schema58.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.description.type, parentSchema: schema58.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.class !== void 0) {
      let data3 = data.class;
      if (!(data3 === "coercion" || data3 === "compromise")) {
        const err13 = { instancePath: instancePath + "/class", schemaPath: "#/properties/class/enum", keyword: "enum", params: { allowedValues: schema58.properties.class.enum }, message: "must be equal to one of the allowed values", schema: schema58.properties.class.enum, parentSchema: schema58.properties.class, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.layer !== void 0) {
      let data4 = data.layer;
      if (!(data4 === "L1" || data4 === "L2" || data4 === "L3" || data4 === "L4" || data4 === "L5" || data4 === "L6" || data4 === "L7" || data4 === "cross-layer")) {
        const err14 = { instancePath: instancePath + "/layer", schemaPath: "#/properties/layer/enum", keyword: "enum", params: { allowedValues: schema58.properties.layer.enum }, message: "must be equal to one of the allowed values", schema: schema58.properties.layer.enum, parentSchema: schema58.properties.layer, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data5 = data.layers;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (!(data6 === "L1" || data6 === "L2" || data6 === "L3" || data6 === "L4" || data6 === "L5" || data6 === "L6" || data6 === "L7")) {
            const err15 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/properties/layers/items/enum", keyword: "enum", params: { allowedValues: schema58.properties.layers.items.enum }, message: "must be equal to one of the allowed values", schema: schema58.properties.layers.items.enum, parentSchema: schema58.properties.layers.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.layers.type, parentSchema: schema58.properties.layers, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.owasp !== void 0) {
      let data7 = data.owasp;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (!pattern11.test(data8)) {
              const err17 = { instancePath: instancePath + "/owasp/" + i1, schemaPath: "#/properties/owasp/items/pattern", keyword: "pattern", params: { pattern: "^T([1-9]|1[0-5])$" }, message: 'must match pattern "^T([1-9]|1[0-5])$"', schema: "^T([1-9]|1[0-5])$", parentSchema: schema58.properties.owasp.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/owasp/" + i1, schemaPath: "#/properties/owasp/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.owasp.items.type, parentSchema: schema58.properties.owasp.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i2 = data7.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data7[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err19 = { instancePath: instancePath + "/owasp", schemaPath: "#/properties/owasp/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema58.properties.owasp, data: data7 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/owasp", schemaPath: "#/properties/owasp/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.owasp.type, parentSchema: schema58.properties.owasp, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data9 = data.components;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err21 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema58.properties.components, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data10 = data9[i3];
          if (typeof data10 === "string") {
            if (!pattern5.test(data10)) {
              const err22 = { instancePath: instancePath + "/components/" + i3, schemaPath: "#/definitions/Id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", parentSchema: schema42, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/components/" + i3, schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.components.type, parentSchema: schema58.properties.components, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.capability !== void 0) {
      let data11 = data.capability;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === "description" || key1 === "rules" || key1 === "tools")) {
            const err25 = { instancePath: instancePath + "/capability", schemaPath: "#/definitions/Capability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data: data11 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data11.description !== void 0) {
          let data12 = data11.description;
          if (typeof data12 !== "string") {
            const err26 = { instancePath: instancePath + "/capability/description", schemaPath: "#/definitions/Capability/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.description.type, parentSchema: schema61.properties.description, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data11.rules !== void 0) {
          let data13 = data11.rules;
          if (Array.isArray(data13)) {
            const len3 = data13.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data14 = data13[i4];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.resources === void 0) {
                  const err27 = { instancePath: instancePath + "/capability/rules/" + i4, schemaPath: "#/definitions/Capability/properties/rules/items/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'", schema: schema61.properties.rules.items.required, parentSchema: schema61.properties.rules.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data14.verbs === void 0) {
                  const err28 = { instancePath: instancePath + "/capability/rules/" + i4, schemaPath: "#/definitions/Capability/properties/rules/items/required", keyword: "required", params: { missingProperty: "verbs" }, message: "must have required property 'verbs'", schema: schema61.properties.rules.items.required, parentSchema: schema61.properties.rules.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                for (const key2 in data14) {
                  if (!(key2 === "apiGroups" || key2 === "resources" || key2 === "verbs")) {
                    const err29 = { instancePath: instancePath + "/capability/rules/" + i4, schemaPath: "#/definitions/Capability/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.rules.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data14.apiGroups !== void 0) {
                  let data15 = data14.apiGroups;
                  if (Array.isArray(data15)) {
                    const len4 = data15.length;
                    for (let i5 = 0; i5 < len4; i5++) {
                      let data16 = data15[i5];
                      if (typeof data16 !== "string") {
                        const err30 = { instancePath: instancePath + "/capability/rules/" + i4 + "/apiGroups/" + i5, schemaPath: "#/definitions/Capability/properties/rules/items/properties/apiGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.rules.items.properties.apiGroups.items.type, parentSchema: schema61.properties.rules.items.properties.apiGroups.items, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/capability/rules/" + i4 + "/apiGroups", schemaPath: "#/definitions/Capability/properties/rules/items/properties/apiGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.rules.items.properties.apiGroups.type, parentSchema: schema61.properties.rules.items.properties.apiGroups, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data14.resources !== void 0) {
                  let data17 = data14.resources;
                  if (Array.isArray(data17)) {
                    if (data17.length < 1) {
                      const err32 = { instancePath: instancePath + "/capability/rules/" + i4 + "/resources", schemaPath: "#/definitions/Capability/properties/rules/items/properties/resources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema61.properties.rules.items.properties.resources, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                    const len5 = data17.length;
                    for (let i6 = 0; i6 < len5; i6++) {
                      let data18 = data17[i6];
                      if (typeof data18 === "string") {
                        if (func2(data18) < 1) {
                          const err33 = { instancePath: instancePath + "/capability/rules/" + i4 + "/resources/" + i6, schemaPath: "#/definitions/Capability/properties/rules/items/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.rules.items.properties.resources.items, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      } else {
                        const err34 = { instancePath: instancePath + "/capability/rules/" + i4 + "/resources/" + i6, schemaPath: "#/definitions/Capability/properties/rules/items/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.rules.items.properties.resources.items.type, parentSchema: schema61.properties.rules.items.properties.resources.items, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/capability/rules/" + i4 + "/resources", schemaPath: "#/definitions/Capability/properties/rules/items/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.rules.items.properties.resources.type, parentSchema: schema61.properties.rules.items.properties.resources, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data14.verbs !== void 0) {
                  let data19 = data14.verbs;
                  if (Array.isArray(data19)) {
                    if (data19.length < 1) {
                      const err36 = { instancePath: instancePath + "/capability/rules/" + i4 + "/verbs", schemaPath: "#/definitions/Capability/properties/rules/items/properties/verbs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema61.properties.rules.items.properties.verbs, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    const len6 = data19.length;
                    for (let i7 = 0; i7 < len6; i7++) {
                      let data20 = data19[i7];
                      if (typeof data20 === "string") {
                        if (func2(data20) < 1) {
                          const err37 = { instancePath: instancePath + "/capability/rules/" + i4 + "/verbs/" + i7, schemaPath: "#/definitions/Capability/properties/rules/items/properties/verbs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.rules.items.properties.verbs.items, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err37];
                          } else {
                            vErrors.push(err37);
                          }
                          errors++;
                        }
                      } else {
                        const err38 = { instancePath: instancePath + "/capability/rules/" + i4 + "/verbs/" + i7, schemaPath: "#/definitions/Capability/properties/rules/items/properties/verbs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.rules.items.properties.verbs.items.type, parentSchema: schema61.properties.rules.items.properties.verbs.items, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/capability/rules/" + i4 + "/verbs", schemaPath: "#/definitions/Capability/properties/rules/items/properties/verbs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.rules.items.properties.verbs.type, parentSchema: schema61.properties.rules.items.properties.verbs, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
              } else {
                const err40 = { instancePath: instancePath + "/capability/rules/" + i4, schemaPath: "#/definitions/Capability/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.rules.items.type, parentSchema: schema61.properties.rules.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/capability/rules", schemaPath: "#/definitions/Capability/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.rules.type, parentSchema: schema61.properties.rules, data: data13 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data11.tools !== void 0) {
          let data21 = data11.tools;
          if (Array.isArray(data21)) {
            const len7 = data21.length;
            for (let i8 = 0; i8 < len7; i8++) {
              let data22 = data21[i8];
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err42 = { instancePath: instancePath + "/capability/tools/" + i8, schemaPath: "#/definitions/Capability/properties/tools/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.tools.items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/capability/tools/" + i8, schemaPath: "#/definitions/Capability/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.tools.items.type, parentSchema: schema61.properties.tools.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/capability/tools", schemaPath: "#/definitions/Capability/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema61.properties.tools.type, parentSchema: schema61.properties.tools, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/capability", schemaPath: "#/definitions/Capability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data: data11 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.cvss !== void 0) {
      let data23 = data.cvss;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.base === void 0) {
          const err46 = { instancePath: instancePath + "/cvss", schemaPath: "#/definitions/Cvss/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'", schema: schema62.required, parentSchema: schema62, data: data23 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key3 in data23) {
          if (!(key3 === "base" || key3 === "vector" || key3 === "exploitMaturity")) {
            const err47 = { instancePath: instancePath + "/cvss", schemaPath: "#/definitions/Cvss/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data23 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data23.base !== void 0) {
          let data24 = data23.base;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 10 || isNaN(data24)) {
              const err48 = { instancePath: instancePath + "/cvss/base", schemaPath: "#/definitions/Cvss/properties/base/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema62.properties.base, data: data24 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err49 = { instancePath: instancePath + "/cvss/base", schemaPath: "#/definitions/Cvss/properties/base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.base, data: data24 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/cvss/base", schemaPath: "#/definitions/Cvss/properties/base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.base.type, parentSchema: schema62.properties.base, data: data24 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data23.vector !== void 0) {
          let data25 = data23.vector;
          if (typeof data25 === "string") {
            if (!pattern13.test(data25)) {
              const err51 = { instancePath: instancePath + "/cvss/vector", schemaPath: "#/definitions/Cvss/properties/vector/pattern", keyword: "pattern", params: { pattern: "^CVSS:4\\.0/" }, message: 'must match pattern "^CVSS:4\\.0/"', schema: "^CVSS:4\\.0/", parentSchema: schema62.properties.vector, data: data25 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/cvss/vector", schemaPath: "#/definitions/Cvss/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.properties.vector.type, parentSchema: schema62.properties.vector, data: data25 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data23.exploitMaturity !== void 0) {
          let data26 = data23.exploitMaturity;
          if (!(data26 === "attacked" || data26 === "poc" || data26 === "unreported")) {
            const err53 = { instancePath: instancePath + "/cvss/exploitMaturity", schemaPath: "#/definitions/Cvss/properties/exploitMaturity/enum", keyword: "enum", params: { allowedValues: schema62.properties.exploitMaturity.enum }, message: "must be equal to one of the allowed values", schema: schema62.properties.exploitMaturity.enum, parentSchema: schema62.properties.exploitMaturity, data: data26 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/cvss", schemaPath: "#/definitions/Cvss/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data23 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      let data27 = data.aivss;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        if (data27.score === void 0) {
          const err55 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema63.required, parentSchema: schema63, data: data27 };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data27.severity === void 0) {
          const err56 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema63.required, parentSchema: schema63, data: data27 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (data27.vector === void 0) {
          const err57 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/required", keyword: "required", params: { missingProperty: "vector" }, message: "must have required property 'vector'", schema: schema63.required, parentSchema: schema63, data: data27 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        for (const key4 in data27) {
          if (!(key4 === "score" || key4 === "severity" || key4 === "vector")) {
            const err58 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data: data27 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data27.score !== void 0) {
          let data28 = data27.score;
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 10 || isNaN(data28)) {
              const err59 = { instancePath: instancePath + "/aivss/score", schemaPath: "#/definitions/AivssResult/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema63.properties.score, data: data28 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data28 < 0 || isNaN(data28)) {
              const err60 = { instancePath: instancePath + "/aivss/score", schemaPath: "#/definitions/AivssResult/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema63.properties.score, data: data28 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/aivss/score", schemaPath: "#/definitions/AivssResult/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema63.properties.score.type, parentSchema: schema63.properties.score, data: data28 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data27.severity !== void 0) {
          let data29 = data27.severity;
          if (!(data29 === "None" || data29 === "Low" || data29 === "Medium" || data29 === "High" || data29 === "Critical")) {
            const err62 = { instancePath: instancePath + "/aivss/severity", schemaPath: "#/definitions/AivssResult/properties/severity/enum", keyword: "enum", params: { allowedValues: schema63.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.severity.enum, parentSchema: schema63.properties.severity, data: data29 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data27.vector !== void 0) {
          let data30 = data27.vector;
          if (typeof data30 !== "string") {
            const err63 = { instancePath: instancePath + "/aivss/vector", schemaPath: "#/definitions/AivssResult/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.vector.type, parentSchema: schema63.properties.vector, data: data30 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/AivssResult/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data: data27 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data31 = data.status;
      if (!(data31 === "open" || data31 === "closed" || data31 === "accepted")) {
        const err65 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema58.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema58.properties.status.enum, parentSchema: schema58.properties.status, data: data31 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data32 = data.evidence;
      if (Array.isArray(data32)) {
        const len8 = data32.length;
        for (let i9 = 0; i9 < len8; i9++) {
          if (!validate38(data32[i9], { instancePath: instancePath + "/evidence/" + i9, parentData: data32, parentDataProperty: i9, rootData })) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.evidence.type, parentSchema: schema58.properties.evidence, data: data32 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.acceptance !== void 0) {
      let data34 = data.acceptance;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.by === void 0) {
          const err67 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema57.required, parentSchema: schema57, data: data34 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        if (data34.reason === void 0) {
          const err68 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema57.required, parentSchema: schema57, data: data34 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        for (const key5 in data34) {
          if (!(key5 === "by" || key5 === "reason" || key5 === "reReviewBy" || key5 === "at")) {
            const err69 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data: data34 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data34.by !== void 0) {
          let data35 = data34.by;
          if (typeof data35 === "string") {
            if (func2(data35) < 1) {
              const err70 = { instancePath: instancePath + "/acceptance/by", schemaPath: "#/definitions/Acceptance/properties/by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.by, data: data35 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          } else {
            const err71 = { instancePath: instancePath + "/acceptance/by", schemaPath: "#/definitions/Acceptance/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.by.type, parentSchema: schema57.properties.by, data: data35 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data34.reason !== void 0) {
          let data36 = data34.reason;
          if (typeof data36 === "string") {
            if (func2(data36) < 1) {
              const err72 = { instancePath: instancePath + "/acceptance/reason", schemaPath: "#/definitions/Acceptance/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema57.properties.reason, data: data36 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = { instancePath: instancePath + "/acceptance/reason", schemaPath: "#/definitions/Acceptance/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.reason.type, parentSchema: schema57.properties.reason, data: data36 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data34.reReviewBy !== void 0) {
          let data37 = data34.reReviewBy;
          if (typeof data37 === "string") {
            if (!formats6.validate.test(data37)) {
              const err74 = { instancePath: instancePath + "/acceptance/reReviewBy", schemaPath: "#/definitions/Acceptance/properties/reReviewBy/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.reReviewBy, data: data37 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = { instancePath: instancePath + "/acceptance/reReviewBy", schemaPath: "#/definitions/Acceptance/properties/reReviewBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.reReviewBy.type, parentSchema: schema57.properties.reReviewBy, data: data37 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data34.at !== void 0) {
          let data38 = data34.at;
          if (typeof data38 === "string") {
            if (!formats6.validate.test(data38)) {
              const err76 = { instancePath: instancePath + "/acceptance/at", schemaPath: "#/definitions/Acceptance/properties/at/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema57.properties.at, data: data38 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/acceptance/at", schemaPath: "#/definitions/Acceptance/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.at.type, parentSchema: schema57.properties.at, data: data38 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/acceptance", schemaPath: "#/definitions/Acceptance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data: data34 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.reopenOn !== void 0) {
      let data39 = data.reopenOn;
      if (Array.isArray(data39)) {
        const len9 = data39.length;
        for (let i10 = 0; i10 < len9; i10++) {
          let data40 = data39[i10];
          const _errs87 = errors;
          let valid33 = false;
          let passing0 = null;
          const _errs88 = errors;
          if (!(data40 === "mcp-connection-added" || data40 === "mcp-connection-removed" || data40 === "model-version-updated" || data40 === "tool-surface-modified" || data40 === "autonomy-tier-changed" || data40 === "permissions-changed" || data40 === "baseline-drift" || data40 === "signal-fired")) {
            const err79 = { instancePath: instancePath + "/reopenOn/" + i10, schemaPath: "#/definitions/ReopenEvent/enum", keyword: "enum", params: { allowedValues: schema48.enum }, message: "must be equal to one of the allowed values", schema: schema48.enum, parentSchema: schema48, data: data40 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          var _valid0 = _errs88 === errors;
          if (_valid0) {
            valid33 = true;
            passing0 = 0;
          }
          const _errs90 = errors;
          if (!validate42(data40, { instancePath: instancePath + "/reopenOn/" + i10, parentData: data39, parentDataProperty: i10, rootData })) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs90 === errors;
          if (_valid0 && valid33) {
            valid33 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid33 = true;
              passing0 = 1;
            }
          }
          if (!valid33) {
            const err80 = { instancePath: instancePath + "/reopenOn/" + i10, schemaPath: "#/properties/reopenOn/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema58.properties.reopenOn.items.oneOf, parentSchema: schema58.properties.reopenOn.items, data: data40 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          } else {
            errors = _errs87;
            if (vErrors !== null) {
              if (_errs87) {
                vErrors.length = _errs87;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i11 = data39.length;
        let j1;
        if (i11 > 1) {
          outer0: for (; i11--; ) {
            for (j1 = i11; j1--; ) {
              if (func0(data39[i11], data39[j1])) {
                const err81 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i11 + " are identical)", schema: true, parentSchema: schema58.properties.reopenOn, data: data39 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err82 = { instancePath: instancePath + "/reopenOn", schemaPath: "#/properties/reopenOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.reopenOn.type, parentSchema: schema58.properties.reopenOn, data: data39 };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.reopened !== void 0) {
      if (!validate44(data.reopened, { instancePath: instancePath + "/reopened", parentData: data, parentDataProperty: "reopened", rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.added !== void 0) {
      if (!validate25(data.added, { instancePath: instancePath + "/added", parentData: data, parentDataProperty: "added", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.orphaned !== void 0) {
      if (!validate25(data.orphaned, { instancePath: instancePath + "/orphaned", parentData: data, parentDataProperty: "orphaned", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.mitigations !== void 0) {
      let data44 = data.mitigations;
      if (Array.isArray(data44)) {
        const len10 = data44.length;
        for (let i12 = 0; i12 < len10; i12++) {
          let data45 = data44[i12];
          if (typeof data45 === "string") {
            if (func2(data45) < 1) {
              const err83 = { instancePath: instancePath + "/mitigations/" + i12, schemaPath: "#/properties/mitigations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.mitigations.items, data: data45 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/mitigations/" + i12, schemaPath: "#/properties/mitigations/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.mitigations.items.type, parentSchema: schema58.properties.mitigations.items, data: data45 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/mitigations", schemaPath: "#/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.mitigations.type, parentSchema: schema58.properties.mitigations, data: data44 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.references !== void 0) {
      let data46 = data.references;
      if (Array.isArray(data46)) {
        const len11 = data46.length;
        for (let i13 = 0; i13 < len11; i13++) {
          let data47 = data46[i13];
          if (typeof data47 === "string") {
            if (func2(data47) < 1) {
              const err86 = { instancePath: instancePath + "/references/" + i13, schemaPath: "#/properties/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.references.items, data: data47 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          } else {
            const err87 = { instancePath: instancePath + "/references/" + i13, schemaPath: "#/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.references.items.type, parentSchema: schema58.properties.references.items, data: data47 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
      } else {
        const err88 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema58.properties.references.type, parentSchema: schema58.properties.references, data: data46 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
  } else {
    const err89 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err89];
    } else {
      vErrors.push(err89);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.agent === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.components === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.threats === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "threats" }, message: "must have required property 'threats'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "agent" || key0 === "components" || key0 === "delegations" || key0 === "permissions" || key0 === "threats")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("threatcat.dev/v1alpha1" !== data0) {
        const err7 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "threatcat.dev/v1alpha1" }, message: "must be equal to constant", schema: "threatcat.dev/v1alpha1", parentSchema: schema22.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("ThreatCatalog" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ThreatCatalog" }, message: "must be equal to constant", schema: "ThreatCatalog", parentSchema: schema22.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate14(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.agent !== void 0) {
      if (!validate18(data.agent, { instancePath: instancePath + "/agent", parentData: data, parentDataProperty: "agent", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
    if (data.components !== void 0) {
      let data4 = data.components;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate24(data4[i0], { instancePath: instancePath + "/components/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.components.type, parentSchema: schema22.properties.components, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.delegations !== void 0) {
      let data6 = data.delegations;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate29(data6[i1], { instancePath: instancePath + "/delegations/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/delegations", schemaPath: "#/properties/delegations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.delegations.type, parentSchema: schema22.properties.delegations, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data8 = data.permissions;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate33(data8[i2], { instancePath: instancePath + "/permissions/" + i2, parentData: data8, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.permissions.type, parentSchema: schema22.properties.permissions, data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.threats !== void 0) {
      let data10 = data.threats;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate37(data10[i3], { instancePath: instancePath + "/threats/" + i3, parentData: data10, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/threats", schemaPath: "#/properties/threats/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.threats.type, parentSchema: schema22.properties.threats, data: data10 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema90 = { "type": "object", "required": ["type", "agent", "file", "line"], "properties": { "type": { "enum": ["mcp-connection-added", "mcp-connection-removed", "model-version-updated", "tool-surface-modified", "autonomy-tier-changed", "permissions-changed", "baseline-drift", "signal-fired"] }, "direction": { "enum": ["widened", "narrowed", "changed"] }, "agent": { "$ref": "#/definitions/Text" }, "catalog": { "$ref": "#/definitions/Path" }, "file": { "$ref": "#/definitions/Path" }, "line": { "$ref": "#/definitions/Line" }, "subject": { "$ref": "#/definitions/Text" } } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema90.required, parentSchema: schema90, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.agent === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "agent" }, message: "must have required property 'agent'", schema: schema90.required, parentSchema: schema90, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.file === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema90.required, parentSchema: schema90, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.line === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema90.required, parentSchema: schema90, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "mcp-connection-added" || data0 === "mcp-connection-removed" || data0 === "model-version-updated" || data0 === "tool-surface-modified" || data0 === "autonomy-tier-changed" || data0 === "permissions-changed" || data0 === "baseline-drift" || data0 === "signal-fired")) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema90.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema90.properties.type.enum, parentSchema: schema90.properties.type, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data1 = data.direction;
      if (!(data1 === "widened" || data1 === "narrowed" || data1 === "changed")) {
        const err5 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema90.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema90.properties.direction.enum, parentSchema: schema90.properties.direction, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.agent !== void 0) {
      let data2 = data.agent;
      if (typeof data2 === "string") {
        if (func2(data2) > 4e3) {
          const err6 = { instancePath: instancePath + "/agent", schemaPath: "#/definitions/Text/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema18, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/agent", schemaPath: "#/definitions/Text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.catalog !== void 0) {
      let data3 = data.catalog;
      if (typeof data3 === "string") {
        if (func2(data3) > 1e3) {
          const err8 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err9 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data4 = data.file;
      if (typeof data4 === "string") {
        if (func2(data4) > 1e3) {
          const err11 = { instancePath: instancePath + "/file", schemaPath: "#/definitions/Path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err12 = { instancePath: instancePath + "/file", schemaPath: "#/definitions/Path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/file", schemaPath: "#/definitions/Path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data5 = data.line;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err14 = { instancePath: instancePath + "/line", schemaPath: "#/definitions/Line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1e8 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/line", schemaPath: "#/definitions/Line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err16 = { instancePath: instancePath + "/line", schemaPath: "#/definitions/Line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.subject !== void 0) {
      let data6 = data.subject;
      if (typeof data6 === "string") {
        if (func2(data6) > 4e3) {
          const err17 = { instancePath: instancePath + "/subject", schemaPath: "#/definitions/Text/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema18, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/subject", schemaPath: "#/definitions/Text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema90.type, parentSchema: schema90, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
var schema96 = { "type": "object", "required": ["catalog", "threat", "events"], "properties": { "catalog": { "$ref": "#/definitions/Path" }, "threat": { "type": "string", "maxLength": 64 }, "events": { "type": "array", "maxItems": 20, "items": { "type": "string", "maxLength": 64 } }, "pending": { "type": "boolean" } } };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.catalog === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "catalog" }, message: "must have required property 'catalog'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.threat === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "threat" }, message: "must have required property 'threat'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.events === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.catalog !== void 0) {
      let data0 = data.catalog;
      if (typeof data0 === "string") {
        if (func2(data0) > 1e3) {
          const err3 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.threat !== void 0) {
      let data1 = data.threat;
      if (typeof data1 === "string") {
        if (func2(data1) > 64) {
          const err6 = { instancePath: instancePath + "/threat", schemaPath: "#/properties/threat/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema96.properties.threat, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/threat", schemaPath: "#/properties/threat/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema96.properties.threat.type, parentSchema: schema96.properties.threat, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.events !== void 0) {
      let data2 = data.events;
      if (Array.isArray(data2)) {
        if (data2.length > 20) {
          const err8 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema96.properties.events, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) > 64) {
              const err9 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema96.properties.events.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema96.properties.events.items.type, parentSchema: schema96.properties.events.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema96.properties.events.type, parentSchema: schema96.properties.events, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.pending !== void 0) {
      let data4 = data.pending;
      if (typeof data4 !== "boolean") {
        const err12 = { instancePath: instancePath + "/pending", schemaPath: "#/properties/pending/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema96.properties.pending.type, parentSchema: schema96.properties.pending, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema96.type, parentSchema: schema96, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
var schema98 = { "type": "object", "additionalProperties": false, "required": ["catalog", "components", "threats", "extended", "removed", "orphaned", "covers"], "properties": { "catalog": { "$ref": "#/definitions/Path" }, "components": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["id", "category", "subject"], "properties": { "id": { "$ref": "#/definitions/Id" }, "category": { "type": "string", "maxLength": 32 }, "subject": { "$ref": "#/definitions/Text" } } } }, "threats": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["id", "components"], "properties": { "id": { "$ref": "#/definitions/Id" }, "components": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Id" } } } } }, "extended": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["threat", "components"], "properties": { "threat": { "$ref": "#/definitions/Id" }, "components": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Id" } } } } }, "removed": { "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["id", "subject"], "properties": { "id": { "$ref": "#/definitions/Id" }, "subject": { "$ref": "#/definitions/Text" } } } }, "orphaned": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Id" } }, "covers": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/Text" } } } };
var schema100 = { "type": "string", "maxLength": 64 };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.catalog === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "catalog" }, message: "must have required property 'catalog'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.components === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.threats === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "threats" }, message: "must have required property 'threats'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.extended === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extended" }, message: "must have required property 'extended'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.removed === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "removed" }, message: "must have required property 'removed'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.orphaned === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "orphaned" }, message: "must have required property 'orphaned'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.covers === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "covers" }, message: "must have required property 'covers'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "catalog" || key0 === "components" || key0 === "threats" || key0 === "extended" || key0 === "removed" || key0 === "orphaned" || key0 === "covers")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.catalog !== void 0) {
      let data0 = data.catalog;
      if (typeof data0 === "string") {
        if (func2(data0) > 1e3) {
          const err8 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err9 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/catalog", schemaPath: "#/definitions/Path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data1 = data.components;
      if (Array.isArray(data1)) {
        if (data1.length > 1e3) {
          const err11 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema98.properties.components, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.id === void 0) {
              const err12 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema98.properties.components.items.required, parentSchema: schema98.properties.components.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data2.category === void 0) {
              const err13 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema98.properties.components.items.required, parentSchema: schema98.properties.components.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data2.subject === void 0) {
              const err14 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema98.properties.components.items.required, parentSchema: schema98.properties.components.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "id" || key1 === "category" || key1 === "subject")) {
                const err15 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98.properties.components.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data2.id !== void 0) {
              let data3 = data2.id;
              if (typeof data3 === "string") {
                if (func2(data3) > 64) {
                  const err16 = { instancePath: instancePath + "/components/" + i0 + "/id", schemaPath: "#/definitions/Id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema100, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/components/" + i0 + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data3 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data2.category !== void 0) {
              let data4 = data2.category;
              if (typeof data4 === "string") {
                if (func2(data4) > 32) {
                  const err18 = { instancePath: instancePath + "/components/" + i0 + "/category", schemaPath: "#/properties/components/items/properties/category/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema98.properties.components.items.properties.category, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/components/" + i0 + "/category", schemaPath: "#/properties/components/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema98.properties.components.items.properties.category.type, parentSchema: schema98.properties.components.items.properties.category, data: data4 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data2.subject !== void 0) {
              let data5 = data2.subject;
              if (typeof data5 === "string") {
                if (func2(data5) > 4e3) {
                  const err20 = { instancePath: instancePath + "/components/" + i0 + "/subject", schemaPath: "#/definitions/Text/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema18, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/components/" + i0 + "/subject", schemaPath: "#/definitions/Text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data5 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/components/" + i0, schemaPath: "#/properties/components/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema98.properties.components.items.type, parentSchema: schema98.properties.components.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema98.properties.components.type, parentSchema: schema98.properties.components, data: data1 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.threats !== void 0) {
      let data6 = data.threats;
      if (Array.isArray(data6)) {
        if (data6.length > 1e3) {
          const err24 = { instancePath: instancePath + "/threats", schemaPath: "#/properties/threats/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema98.properties.threats, data: data6 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.id === void 0) {
              const err25 = { instancePath: instancePath + "/threats/" + i1, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema98.properties.threats.items.required, parentSchema: schema98.properties.threats.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data7.components === void 0) {
              const err26 = { instancePath: instancePath + "/threats/" + i1, schemaPath: "#/properties/threats/items/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema98.properties.threats.items.required, parentSchema: schema98.properties.threats.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "id" || key2 === "components")) {
                const err27 = { instancePath: instancePath + "/threats/" + i1, schemaPath: "#/properties/threats/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98.properties.threats.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.id !== void 0) {
              let data8 = data7.id;
              if (typeof data8 === "string") {
                if (func2(data8) > 64) {
                  const err28 = { instancePath: instancePath + "/threats/" + i1 + "/id", schemaPath: "#/definitions/Id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema100, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/threats/" + i1 + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data8 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data7.components !== void 0) {
              let data9 = data7.components;
              if (Array.isArray(data9)) {
                if (data9.length > 1e3) {
                  const err30 = { instancePath: instancePath + "/threats/" + i1 + "/components", schemaPath: "#/properties/threats/items/properties/components/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema98.properties.threats.items.properties.components, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                const len2 = data9.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data10 = data9[i2];
                  if (typeof data10 === "string") {
                    if (func2(data10) > 64) {
                      const err31 = { instancePath: instancePath + "/threats/" + i1 + "/components/" + i2, schemaPath: "#/definitions/Id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema100, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/threats/" + i1 + "/components/" + i2, schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/threats/" + i1 + "/components", schemaPath: "#/properties/threats/items/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema98.properties.threats.items.properties.components.type, parentSchema: schema98.properties.threats.items.properties.components, data: data9 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/threats/" + i1, schemaPath: "#/properties/threats/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema98.properties.threats.items.type, parentSchema: schema98.properties.threats.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/threats", schemaPath: "#/properties/threats/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema98.properties.threats.type, parentSchema: schema98.properties.threats, data: data6 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.extended !== void 0) {
      let data11 = data.extended;
      if (Array.isArray(data11)) {
        if (data11.length > 1e3) {
          const err36 = { instancePath: instancePath + "/extended", schemaPath: "#/properties/extended/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema98.properties.extended, data: data11 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        const len3 = data11.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data12 = data11[i3];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.threat === void 0) {
              const err37 = { instancePath: instancePath + "/extended/" + i3, schemaPath: "#/properties/extended/items/required", keyword: "required", params: { missingProperty: "threat" }, message: "must have required property 'threat'", schema: schema98.properties.extended.items.required, parentSchema: schema98.properties.extended.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data12.components === void 0) {
              const err38 = { instancePath: instancePath + "/extended/" + i3, schemaPath: "#/properties/extended/items/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema98.properties.extended.items.required, parentSchema: schema98.properties.extended.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === "threat" || key3 === "components")) {
                const err39 = { instancePath: instancePath + "/extended/" + i3, schemaPath: "#/properties/extended/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98.properties.extended.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data12.threat !== void 0) {
              let data13 = data12.threat;
              if (typeof data13 === "string") {
                if (func2(data13) > 64) {
                  const err40 = { instancePath: instancePath + "/extended/" + i3 + "/threat", schemaPath: "#/definitions/Id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema100, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/extended/" + i3 + "/threat", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data13 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data12.components !== void 0) {
              let data14 = data12.components;
              if (Array.isArray(data14)) {
                if (data14.length > 1e3) {
                  const err42 = { instancePath: instancePath + "/extended/" + i3 + "/components", schemaPath: "#/properties/extended/items/properties/components/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema98.properties.extended.items.properties.components, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                const len4 = data14.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data15 = data14[i4];
                  if (typeof data15 === "string") {
                    if (func2(data15) > 64) {
                      const err43 = { instancePath: instancePath + "/extended/" + i3 + "/components/" + i4, schemaPath: "#/definitions/Id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema100, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/extended/" + i3 + "/components/" + i4, schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/extended/" + i3 + "/components", schemaPath: "#/properties/extended/items/properties/components/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema98.properties.extended.items.properties.components.type, parentSchema: schema98.properties.extended.items.properties.components, data: data14 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/extended/" + i3, schemaPath: "#/properties/extended/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema98.properties.extended.items.type, parentSchema: schema98.properties.extended.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/extended", schemaPath: "#/properties/extended/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema98.properties.extended.type, parentSchema: schema98.properties.extended, data: data11 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.removed !== void 0) {
      let data16 = data.removed;
      if (Array.isArray(data16)) {
        if (data16.length > 1e3) {
          const err48 = { instancePath: instancePath + "/removed", schemaPath: "#/properties/removed/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema98.properties.removed, data: data16 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        const len5 = data16.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data17 = data16[i5];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.id === void 0) {
              const err49 = { instancePath: instancePath + "/removed/" + i5, schemaPath: "#/properties/removed/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema98.properties.removed.items.required, parentSchema: schema98.properties.removed.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data17.subject === void 0) {
              const err50 = { instancePath: instancePath + "/removed/" + i5, schemaPath: "#/properties/removed/items/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema98.properties.removed.items.required, parentSchema: schema98.properties.removed.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            for (const key4 in data17) {
              if (!(key4 === "id" || key4 === "subject")) {
                const err51 = { instancePath: instancePath + "/removed/" + i5, schemaPath: "#/properties/removed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98.properties.removed.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data17.id !== void 0) {
              let data18 = data17.id;
              if (typeof data18 === "string") {
                if (func2(data18) > 64) {
                  const err52 = { instancePath: instancePath + "/removed/" + i5 + "/id", schemaPath: "#/definitions/Id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema100, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/removed/" + i5 + "/id", schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data18 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data17.subject !== void 0) {
              let data19 = data17.subject;
              if (typeof data19 === "string") {
                if (func2(data19) > 4e3) {
                  const err54 = { instancePath: instancePath + "/removed/" + i5 + "/subject", schemaPath: "#/definitions/Text/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema18, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/removed/" + i5 + "/subject", schemaPath: "#/definitions/Text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data19 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/removed/" + i5, schemaPath: "#/properties/removed/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema98.properties.removed.items.type, parentSchema: schema98.properties.removed.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/removed", schemaPath: "#/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema98.properties.removed.type, parentSchema: schema98.properties.removed, data: data16 };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.orphaned !== void 0) {
      let data20 = data.orphaned;
      if (Array.isArray(data20)) {
        if (data20.length > 1e3) {
          const err58 = { instancePath: instancePath + "/orphaned", schemaPath: "#/properties/orphaned/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema98.properties.orphaned, data: data20 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        const len6 = data20.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data21 = data20[i6];
          if (typeof data21 === "string") {
            if (func2(data21) > 64) {
              const err59 = { instancePath: instancePath + "/orphaned/" + i6, schemaPath: "#/definitions/Id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema100, data: data21 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/orphaned/" + i6, schemaPath: "#/definitions/Id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema100.type, parentSchema: schema100, data: data21 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/orphaned", schemaPath: "#/properties/orphaned/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema98.properties.orphaned.type, parentSchema: schema98.properties.orphaned, data: data20 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.covers !== void 0) {
      let data22 = data.covers;
      if (Array.isArray(data22)) {
        if (data22.length > 1e3) {
          const err62 = { instancePath: instancePath + "/covers", schemaPath: "#/properties/covers/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema98.properties.covers, data: data22 };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        const len7 = data22.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data23 = data22[i7];
          if (typeof data23 === "string") {
            if (func2(data23) > 4e3) {
              const err63 = { instancePath: instancePath + "/covers/" + i7, schemaPath: "#/definitions/Text/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters", schema: 4e3, parentSchema: schema18, data: data23 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/covers/" + i7, schemaPath: "#/definitions/Text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data: data23 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/covers", schemaPath: "#/properties/covers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema98.properties.covers.type, parentSchema: schema98.properties.covers, data: data22 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
  } else {
    const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema98.type, parentSchema: schema98, data };
    if (vErrors === null) {
      vErrors = [err66];
    } else {
      vErrors.push(err66);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.repository === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.pr === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pr" }, message: "must have required property 'pr'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.failOn === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failOn" }, message: "must have required property 'failOn'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.analysis === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "analysis" }, message: "must have required property 'analysis'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "version" || key0 === "repository" || key0 === "pr" || key0 === "failOn" || key0 === "mode" || key0 === "analysis")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("threatcat-action-results" !== data0) {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "threatcat-action-results" }, message: "must be equal to constant", schema: "threatcat-action-results", parentSchema: schema11.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err8 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      let data2 = data.repository;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err9 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$"', schema: "^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$", parentSchema: schema11.properties.repository, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repository.type, parentSchema: schema11.properties.repository, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.pr !== void 0) {
      let data3 = data.pr;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.number === void 0) {
          const err11 = { instancePath: instancePath + "/pr", schemaPath: "#/properties/pr/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema11.properties.pr.required, parentSchema: schema11.properties.pr, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.baseSha === void 0) {
          const err12 = { instancePath: instancePath + "/pr", schemaPath: "#/properties/pr/required", keyword: "required", params: { missingProperty: "baseSha" }, message: "must have required property 'baseSha'", schema: schema11.properties.pr.required, parentSchema: schema11.properties.pr, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data3.headSha === void 0) {
          const err13 = { instancePath: instancePath + "/pr", schemaPath: "#/properties/pr/required", keyword: "required", params: { missingProperty: "headSha" }, message: "must have required property 'headSha'", schema: schema11.properties.pr.required, parentSchema: schema11.properties.pr, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "number" || key1 === "baseSha" || key1 === "headSha")) {
            const err14 = { instancePath: instancePath + "/pr", schemaPath: "#/properties/pr/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.pr, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.number !== void 0) {
          let data4 = data3.number;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err15 = { instancePath: instancePath + "/pr/number", schemaPath: "#/properties/pr/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.pr.properties.number.type, parentSchema: schema11.properties.pr.properties.number, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 1e9 || isNaN(data4)) {
              const err16 = { instancePath: instancePath + "/pr/number", schemaPath: "#/properties/pr/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema11.properties.pr.properties.number, data: data4 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err17 = { instancePath: instancePath + "/pr/number", schemaPath: "#/properties/pr/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.pr.properties.number, data: data4 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data3.baseSha !== void 0) {
          let data5 = data3.baseSha;
          if (typeof data5 === "string") {
            if (!pattern1.test(data5)) {
              const err18 = { instancePath: instancePath + "/pr/baseSha", schemaPath: "#/definitions/Sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema12, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/pr/baseSha", schemaPath: "#/definitions/Sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.headSha !== void 0) {
          let data6 = data3.headSha;
          if (typeof data6 === "string") {
            if (!pattern1.test(data6)) {
              const err20 = { instancePath: instancePath + "/pr/headSha", schemaPath: "#/definitions/Sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema12, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/pr/headSha", schemaPath: "#/definitions/Sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/pr", schemaPath: "#/properties/pr/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.pr.type, parentSchema: schema11.properties.pr, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data7 = data.failOn;
      if (!(data7 === "error" || data7 === "warning" || data7 === "never")) {
        const err23 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.failOn.enum, parentSchema: schema11.properties.failOn, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data8 = data.mode;
      if (!(data8 === "check" || data8 === "commit")) {
        const err24 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.mode.enum, parentSchema: schema11.properties.mode, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.analysis !== void 0) {
      let data9 = data.analysis;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.findings === void 0) {
          const err25 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema11.properties.analysis.required, parentSchema: schema11.properties.analysis, data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data9.catalogs === void 0) {
          const err26 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/required", keyword: "required", params: { missingProperty: "catalogs" }, message: "must have required property 'catalogs'", schema: schema11.properties.analysis.required, parentSchema: schema11.properties.analysis, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data9.diffAvailable === void 0) {
          const err27 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/required", keyword: "required", params: { missingProperty: "diffAvailable" }, message: "must have required property 'diffAvailable'", schema: schema11.properties.analysis.required, parentSchema: schema11.properties.analysis, data: data9 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data9.unreadable === void 0) {
          const err28 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/required", keyword: "required", params: { missingProperty: "unreadable" }, message: "must have required property 'unreadable'", schema: schema11.properties.analysis.required, parentSchema: schema11.properties.analysis, data: data9 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!(key2 === "findings" || key2 === "catalogs" || key2 === "diff" || key2 === "diffAvailable" || key2 === "unreadable")) {
            const err29 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.analysis, data: data9 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data9.findings !== void 0) {
          let data10 = data9.findings;
          if (Array.isArray(data10)) {
            if (data10.length > 2e4) {
              const err30 = { instancePath: instancePath + "/analysis/findings", schemaPath: "#/properties/analysis/properties/findings/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema11.properties.analysis.properties.findings, data: data10 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate11(data10[i0], { instancePath: instancePath + "/analysis/findings/" + i0, parentData: data10, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/analysis/findings", schemaPath: "#/properties/analysis/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.analysis.properties.findings.type, parentSchema: schema11.properties.analysis.properties.findings, data: data10 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data9.catalogs !== void 0) {
          let data12 = data9.catalogs;
          if (Array.isArray(data12)) {
            if (data12.length > 1e3) {
              const err32 = { instancePath: instancePath + "/analysis/catalogs", schemaPath: "#/properties/analysis/properties/catalogs/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema11.properties.analysis.properties.catalogs, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.file === void 0) {
                  const err33 = { instancePath: instancePath + "/analysis/catalogs/" + i1, schemaPath: "#/properties/analysis/properties/catalogs/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema11.properties.analysis.properties.catalogs.items.required, parentSchema: schema11.properties.analysis.properties.catalogs.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data13.data === void 0) {
                  const err34 = { instancePath: instancePath + "/analysis/catalogs/" + i1, schemaPath: "#/properties/analysis/properties/catalogs/items/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema11.properties.analysis.properties.catalogs.items.required, parentSchema: schema11.properties.analysis.properties.catalogs.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data13.threatLines === void 0) {
                  const err35 = { instancePath: instancePath + "/analysis/catalogs/" + i1, schemaPath: "#/properties/analysis/properties/catalogs/items/required", keyword: "required", params: { missingProperty: "threatLines" }, message: "must have required property 'threatLines'", schema: schema11.properties.analysis.properties.catalogs.items.required, parentSchema: schema11.properties.analysis.properties.catalogs.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                for (const key3 in data13) {
                  if (!(key3 === "file" || key3 === "data" || key3 === "threatLines")) {
                    const err36 = { instancePath: instancePath + "/analysis/catalogs/" + i1, schemaPath: "#/properties/analysis/properties/catalogs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.analysis.properties.catalogs.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data13.file !== void 0) {
                  let data14 = data13.file;
                  if (typeof data14 === "string") {
                    if (func2(data14) > 1e3) {
                      const err37 = { instancePath: instancePath + "/analysis/catalogs/" + i1 + "/file", schemaPath: "#/definitions/Path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema15, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    if (func2(data14) < 1) {
                      const err38 = { instancePath: instancePath + "/analysis/catalogs/" + i1 + "/file", schemaPath: "#/definitions/Path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/analysis/catalogs/" + i1 + "/file", schemaPath: "#/definitions/Path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data13.data !== void 0) {
                  if (!validate13(data13.data, { instancePath: instancePath + "/analysis/catalogs/" + i1 + "/data", parentData: data13, parentDataProperty: "data", rootData })) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                  }
                }
                if (data13.threatLines !== void 0) {
                  let data16 = data13.threatLines;
                  if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    for (const key4 in data16) {
                      let data17 = data16[key4];
                      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                        const err40 = { instancePath: instancePath + "/analysis/catalogs/" + i1 + "/threatLines/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.type, parentSchema: schema16, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                      if (typeof data17 == "number" && isFinite(data17)) {
                        if (data17 > 1e8 || isNaN(data17)) {
                          const err41 = { instancePath: instancePath + "/analysis/catalogs/" + i1 + "/threatLines/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema16, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                        if (data17 < 1 || isNaN(data17)) {
                          const err42 = { instancePath: instancePath + "/analysis/catalogs/" + i1 + "/threatLines/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16, data: data17 };
                          if (vErrors === null) {
                            vErrors = [err42];
                          } else {
                            vErrors.push(err42);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/analysis/catalogs/" + i1 + "/threatLines", schemaPath: "#/properties/analysis/properties/catalogs/items/properties/threatLines/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.analysis.properties.catalogs.items.properties.threatLines.type, parentSchema: schema11.properties.analysis.properties.catalogs.items.properties.threatLines, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = { instancePath: instancePath + "/analysis/catalogs/" + i1, schemaPath: "#/properties/analysis/properties/catalogs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.analysis.properties.catalogs.items.type, parentSchema: schema11.properties.analysis.properties.catalogs.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/analysis/catalogs", schemaPath: "#/properties/analysis/properties/catalogs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.analysis.properties.catalogs.type, parentSchema: schema11.properties.analysis.properties.catalogs, data: data12 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data9.diff !== void 0) {
          let data18 = data9.diff;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.events === void 0) {
              const err46 = { instancePath: instancePath + "/analysis/diff", schemaPath: "#/properties/analysis/properties/diff/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema11.properties.analysis.properties.diff.required, parentSchema: schema11.properties.analysis.properties.diff, data: data18 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data18.reopen === void 0) {
              const err47 = { instancePath: instancePath + "/analysis/diff", schemaPath: "#/properties/analysis/properties/diff/required", keyword: "required", params: { missingProperty: "reopen" }, message: "must have required property 'reopen'", schema: schema11.properties.analysis.properties.diff.required, parentSchema: schema11.properties.analysis.properties.diff, data: data18 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data18.alreadyOpen === void 0) {
              const err48 = { instancePath: instancePath + "/analysis/diff", schemaPath: "#/properties/analysis/properties/diff/required", keyword: "required", params: { missingProperty: "alreadyOpen" }, message: "must have required property 'alreadyOpen'", schema: schema11.properties.analysis.properties.diff.required, parentSchema: schema11.properties.analysis.properties.diff, data: data18 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data18.findings === void 0) {
              const err49 = { instancePath: instancePath + "/analysis/diff", schemaPath: "#/properties/analysis/properties/diff/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema11.properties.analysis.properties.diff.required, parentSchema: schema11.properties.analysis.properties.diff, data: data18 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            for (const key5 in data18) {
              if (!(key5 === "events" || key5 === "reopen" || key5 === "alreadyOpen" || key5 === "findings" || key5 === "model" || key5 === "modelPending")) {
                const err50 = { instancePath: instancePath + "/analysis/diff", schemaPath: "#/properties/analysis/properties/diff/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.analysis.properties.diff, data: data18 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data18.events !== void 0) {
              let data19 = data18.events;
              if (Array.isArray(data19)) {
                if (data19.length > 2e4) {
                  const err51 = { instancePath: instancePath + "/analysis/diff/events", schemaPath: "#/properties/analysis/properties/diff/properties/events/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema11.properties.analysis.properties.diff.properties.events, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                const len2 = data19.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (!validate50(data19[i2], { instancePath: instancePath + "/analysis/diff/events/" + i2, parentData: data19, parentDataProperty: i2, rootData })) {
                    vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/analysis/diff/events", schemaPath: "#/properties/analysis/properties/diff/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.analysis.properties.diff.properties.events.type, parentSchema: schema11.properties.analysis.properties.diff.properties.events, data: data19 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data18.reopen !== void 0) {
              let data21 = data18.reopen;
              if (Array.isArray(data21)) {
                if (data21.length > 2e4) {
                  const err53 = { instancePath: instancePath + "/analysis/diff/reopen", schemaPath: "#/properties/analysis/properties/diff/properties/reopen/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema11.properties.analysis.properties.diff.properties.reopen, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                const len3 = data21.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  if (!validate52(data21[i3], { instancePath: instancePath + "/analysis/diff/reopen/" + i3, parentData: data21, parentDataProperty: i3, rootData })) {
                    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err54 = { instancePath: instancePath + "/analysis/diff/reopen", schemaPath: "#/properties/analysis/properties/diff/properties/reopen/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.analysis.properties.diff.properties.reopen.type, parentSchema: schema11.properties.analysis.properties.diff.properties.reopen, data: data21 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data18.alreadyOpen !== void 0) {
              let data23 = data18.alreadyOpen;
              if (Array.isArray(data23)) {
                if (data23.length > 2e4) {
                  const err55 = { instancePath: instancePath + "/analysis/diff/alreadyOpen", schemaPath: "#/properties/analysis/properties/diff/properties/alreadyOpen/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema11.properties.analysis.properties.diff.properties.alreadyOpen, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                const len4 = data23.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (!validate52(data23[i4], { instancePath: instancePath + "/analysis/diff/alreadyOpen/" + i4, parentData: data23, parentDataProperty: i4, rootData })) {
                    vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err56 = { instancePath: instancePath + "/analysis/diff/alreadyOpen", schemaPath: "#/properties/analysis/properties/diff/properties/alreadyOpen/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.analysis.properties.diff.properties.alreadyOpen.type, parentSchema: schema11.properties.analysis.properties.diff.properties.alreadyOpen, data: data23 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data18.findings !== void 0) {
              let data25 = data18.findings;
              if (Array.isArray(data25)) {
                if (data25.length > 2e4) {
                  const err57 = { instancePath: instancePath + "/analysis/diff/findings", schemaPath: "#/properties/analysis/properties/diff/properties/findings/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema11.properties.analysis.properties.diff.properties.findings, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                const len5 = data25.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (!validate11(data25[i5], { instancePath: instancePath + "/analysis/diff/findings/" + i5, parentData: data25, parentDataProperty: i5, rootData })) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/analysis/diff/findings", schemaPath: "#/properties/analysis/properties/diff/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.analysis.properties.diff.properties.findings.type, parentSchema: schema11.properties.analysis.properties.diff.properties.findings, data: data25 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data18.model !== void 0) {
              let data27 = data18.model;
              if (Array.isArray(data27)) {
                if (data27.length > 1e3) {
                  const err59 = { instancePath: instancePath + "/analysis/diff/model", schemaPath: "#/properties/analysis/properties/diff/properties/model/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema11.properties.analysis.properties.diff.properties.model, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                const len6 = data27.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (!validate56(data27[i6], { instancePath: instancePath + "/analysis/diff/model/" + i6, parentData: data27, parentDataProperty: i6, rootData })) {
                    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err60 = { instancePath: instancePath + "/analysis/diff/model", schemaPath: "#/properties/analysis/properties/diff/properties/model/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.analysis.properties.diff.properties.model.type, parentSchema: schema11.properties.analysis.properties.diff.properties.model, data: data27 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data18.modelPending !== void 0) {
              let data29 = data18.modelPending;
              if (typeof data29 !== "boolean") {
                const err61 = { instancePath: instancePath + "/analysis/diff/modelPending", schemaPath: "#/properties/analysis/properties/diff/properties/modelPending/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.analysis.properties.diff.properties.modelPending.type, parentSchema: schema11.properties.analysis.properties.diff.properties.modelPending, data: data29 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/analysis/diff", schemaPath: "#/properties/analysis/properties/diff/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.analysis.properties.diff.type, parentSchema: schema11.properties.analysis.properties.diff, data: data18 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data9.diffAvailable !== void 0) {
          let data30 = data9.diffAvailable;
          if (typeof data30 !== "boolean") {
            const err63 = { instancePath: instancePath + "/analysis/diffAvailable", schemaPath: "#/properties/analysis/properties/diffAvailable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.analysis.properties.diffAvailable.type, parentSchema: schema11.properties.analysis.properties.diffAvailable, data: data30 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data9.unreadable !== void 0) {
          let data31 = data9.unreadable;
          if (typeof data31 !== "boolean") {
            const err64 = { instancePath: instancePath + "/analysis/unreadable", schemaPath: "#/properties/analysis/properties/unreadable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.analysis.properties.unreadable.type, parentSchema: schema11.properties.analysis.properties.unreadable, data: data31 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/analysis", schemaPath: "#/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.analysis.type, parentSchema: schema11.properties.analysis, data: data9 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
  } else {
    const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err66];
    } else {
      vErrors.push(err66);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/read/action-results.ts
var MAX_RESULTS_BYTES = 20 * 1024 * 1024;
function readResults(path) {
  let text;
  try {
    if (statSync(path).size > MAX_RESULTS_BYTES)
      throw new UsageError(`results file ${path} is larger than ${MAX_RESULTS_BYTES} bytes`);
    text = readFileSync(path, "utf8");
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read the results file ${path}: ${err.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`results file ${path} is not JSON`);
  }
  if (!action_results_validator_default(data)) {
    const e = action_results_validator_default.errors?.[0];
    throw new UsageError(
      `results file ${path} is not a threatcat results file: ${e?.instancePath || "/"} ${e?.message ?? ""}`.trim()
    );
  }
  const results = data;
  const analysis = {
    findings: results.analysis.findings,
    catalogs: results.analysis.catalogs.map((c) => ({
      file: c.file,
      data: c.data,
      text: "",
      threatLines: new Map(Object.entries(c.threatLines))
    })),
    diff: results.analysis.diff,
    diffAvailable: results.analysis.diffAvailable,
    unreadable: results.analysis.unreadable
  };
  return { results, analysis };
}

// src/analyse/review-plan.ts
import { createHash } from "node:crypto";

// src/model/review.ts
var MARKER_PREFIX = "<!-- threatcat:fp:";
function fingerprintMarker(fp) {
  return `${MARKER_PREFIX}${fp} -->`;
}
function readFingerprint(body) {
  const m = /<!-- threatcat:fp:([0-9a-f]{16,64}) -->/.exec(body);
  return m?.[1];
}

// src/analyse/review-plan.ts
var MAX_INLINE_COMMENTS = 30;
function candidateFingerprint(c) {
  return createHash("sha256").update([c.path, c.side ?? "RIGHT", c.startLine ?? "", c.line, c.key ?? c.body].join("\0")).digest("hex").slice(0, 32);
}
function planReview(candidates, lines, posted) {
  const sorted = [...candidates].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.path.localeCompare(b.path) || a.line - b.line
  );
  const inDiff = [];
  const outsideDiff = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of sorted) {
    const ok = c.side === "LEFT" ? c.startLine === void 0 && lines.hasLeft(c.path, c.line) : c.startLine !== void 0 ? c.startLine < c.line && lines.hasRange(c.path, c.startLine, c.line) : lines.has(c.path, c.line);
    if (!ok) {
      outsideDiff.push(c);
      continue;
    }
    const fingerprint = candidateFingerprint(c);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    inDiff.push({ ...c, fingerprint });
  }
  const postedFps = new Set(posted.map((p) => p.fingerprint));
  const wanted = new Set(inDiff.map((c) => c.fingerprint));
  const fresh = inDiff.filter((c) => !postedFps.has(c.fingerprint));
  const firstOf = /* @__PURE__ */ new Map();
  for (const p of posted) if (!firstOf.has(p.fingerprint)) firstOf.set(p.fingerprint, p.id);
  const stale = posted.filter((p) => !wanted.has(p.fingerprint) || firstOf.get(p.fingerprint) !== p.id);
  return {
    post: fresh.slice(0, MAX_INLINE_COMMENTS),
    overflow: fresh.slice(MAX_INLINE_COMMENTS),
    outsideDiff,
    remove: stale.filter((p) => !p.hasReplies).map((p) => p.id),
    resolve: stale.filter((p) => p.hasReplies).map((p) => p.id),
    alreadyPosted: inDiff.length - fresh.length
  };
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  const diffstr = uniDiff.split(/\n/), list = [];
  let i = 0;
  function parseIndex() {
    const index = {};
    list.push(index);
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (/^(---|\+\+\+|@@)\s/.test(line)) {
        break;
      }
      const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
      if (headerMatch) {
        index.index = line.substring(headerMatch[0].length).trim();
      }
      i++;
    }
    parseFileHeader(index);
    parseFileHeader(index);
    index.hunks = [];
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (/^(Index:\s|diff\s|---\s|\+\+\+\s|===================================================================)/.test(line)) {
        break;
      } else if (/^@@/.test(line)) {
        index.hunks.push(parseHunk());
      } else if (line) {
        throw new Error("Unknown line " + (i + 1) + " " + JSON.stringify(line));
      } else {
        i++;
      }
    }
  }
  function parseFileHeader(index) {
    const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
    if (fileHeaderMatch) {
      const prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
      let fileName = data[0].replace(/\\\\/g, "\\");
      if (fileName.startsWith('"') && fileName.endsWith('"')) {
        fileName = fileName.substr(1, fileName.length - 2);
      }
      if (prefix === "---") {
        index.oldFileName = fileName;
        index.oldHeader = header;
      } else {
        index.newFileName = fileName;
        index.newHeader = header;
      }
      i++;
    }
  }
  function parseHunk() {
    var _a;
    const chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    const hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    let addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
      const operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    return hunk;
  }
  while (i < diffstr.length) {
    parseIndex();
  }
  return list;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/analyse/suggestions.ts
function lineEdits(before, after) {
  const patch = structuredPatch("a", "b", before, after, "", "", { context: 0 });
  const beforeLines = before.split("\n");
  const edits = [];
  for (const h of patch.hunks) {
    const added = h.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1));
    if (h.oldLines > 0) {
      edits.push({ start: h.oldStart, end: h.oldStart + h.oldLines - 1, replacement: joinLines(added) });
    } else if (h.oldStart >= 2) {
      const anchor = h.oldStart - 1;
      edits.push({ start: anchor, end: anchor, replacement: joinLines([beforeLines[anchor - 1], ...added]) });
    } else {
      edits.push({ start: 1, end: 1, replacement: joinLines([...added, beforeLines[0]]) });
    }
  }
  return edits;
}
function joinLines(lines) {
  return lines.length ? `${lines.join("\n")}
` : "";
}

// src/deliver/github-identity.ts
var ACTIONS_BOT = "github-actions[bot]";
async function tokenIdentity(client, graphqlUrl) {
  try {
    const res = await client.request("POST {url}", {
      url: graphqlUrl,
      data: { query: "query { viewer { login } }" },
      request: { retries: 0 }
    });
    const login = res.data?.data?.viewer?.login;
    if (typeof login === "string" && login.length > 0) return { login, source: "graphql-viewer" };
  } catch {
  }
  try {
    const { data } = await client.request("GET /user", { request: { retries: 0 } });
    if (typeof data?.login === "string" && data.login.length > 0) return { login: data.login, source: "rest-user" };
  } catch {
  }
  return { login: ACTIONS_BOT, source: "default" };
}
function sameLogin(a, b) {
  if (!a) return false;
  const norm = (s) => s.toLowerCase().replace(/\[bot\]$/, "");
  return norm(a) === norm(b);
}

// src/model/diff-lines.ts
var DiffLines = class {
  right = /* @__PURE__ */ new Map();
  added = /* @__PURE__ */ new Map();
  /** LEFT side (base): deleted and context lines, where comments on removals go. */
  left = /* @__PURE__ */ new Map();
  /** One file's patch as pulls.listFiles returns it (hunks only, no ---/+++ header). */
  addFilePatch(path, patch) {
    const text = patch.startsWith("---") || patch.startsWith("diff ") ? patch : `--- a/${path}
+++ b/${path}
${patch}
`;
    for (const p of parsePatch(text)) this.addHunks(path, p.hunks);
  }
  /** A whole `git diff` (several files); paths from the +++ side. */
  addUnifiedDiff(text) {
    for (const p of parsePatch(text)) {
      const name = p.newFileName;
      if (!name || name === "/dev/null") continue;
      this.addHunks(name.replace(/^b\//, ""), p.hunks);
    }
  }
  addHunks(path, hunks) {
    const right = this.right.get(path) ?? /* @__PURE__ */ new Set();
    const added = this.added.get(path) ?? /* @__PURE__ */ new Set();
    const left = this.left.get(path) ?? /* @__PURE__ */ new Set();
    for (const h of hunks) {
      let line = h.newStart;
      let old = h.oldStart;
      for (const l of h.lines) {
        if (l.startsWith("\\")) continue;
        if (!l.startsWith("+")) left.add(old++);
        if (l.startsWith("-")) continue;
        right.add(line);
        if (l.startsWith("+")) added.add(line);
        line += 1;
      }
    }
    this.right.set(path, right);
    this.added.set(path, added);
    this.left.set(path, left);
  }
  hasLeft(path, line) {
    return this.left.get(path)?.has(line) ?? false;
  }
  has(path, line) {
    return this.right.get(path)?.has(line) ?? false;
  }
  isAdded(path, line) {
    return this.added.get(path)?.has(line) ?? false;
  }
  /** Every line of [start, end] inside the diff (a suggestion's range must be). */
  hasRange(path, start, end) {
    for (let l = start; l <= end; l++) if (!this.has(path, l)) return false;
    return true;
  }
  /** Take `path`'s lines from another diff (a local git diff filling in a patch GitHub left out). */
  merge(other, path) {
    this.right.set(path, new Set(other.right.get(path)));
    this.added.set(path, new Set(other.added.get(path)));
    this.left.set(path, new Set(other.left.get(path)));
  }
  files() {
    return [...this.right.keys()];
  }
};

// src/deliver/github-review.ts
async function postedReviewComments(client, repo, pull, me) {
  const all = await client.paginate(client.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pull,
    per_page: 100
  });
  const repliedTo = new Set(all.map((c) => c.in_reply_to_id).filter((x) => typeof x === "number"));
  const posted = [];
  for (const c of all) {
    if (!sameLogin(c.user?.login, me)) continue;
    const fingerprint = readFingerprint(c.body ?? "");
    if (fingerprint) posted.push({ id: c.id, fingerprint, hasReplies: repliedTo.has(c.id) });
  }
  return posted;
}
async function pullRequestDiffLines(client, repo, pull, gitDiff) {
  const lines = new DiffLines();
  let missingPatch = false;
  try {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 });
    for (const f of files) {
      if (f.patch) lines.addFilePatch(f.filename, f.patch);
      else if (f.status !== "removed") missingPatch = true;
    }
  } catch (err) {
    if (!gitDiff) throw err;
    missingPatch = true;
  }
  if (missingPatch && gitDiff) {
    const local = new DiffLines();
    local.addUnifiedDiff(await gitDiff());
    for (const f of local.files()) if (!lines.files().includes(f)) lines.merge(local, f);
  }
  return lines;
}
async function submitReview(client, repo, pull, commitId, plan, body, graphqlUrl) {
  const outcome = { inline: 0, reviewed: false, inlineRejected: false, removed: 0, resolved: 0 };
  if (plan.post.length > 0 || plan.overflow.length > 0) {
    const comments = plan.post.map((c) => ({
      path: c.path,
      body: `${c.body}
${fingerprintMarker(c.fingerprint)}`,
      line: c.line,
      side: c.side ?? "RIGHT",
      ...c.startLine !== void 0 ? { start_line: c.startLine, start_side: "RIGHT" } : {}
    }));
    try {
      await client.rest.pulls.createReview({
        ...repo,
        pull_number: pull,
        commit_id: commitId,
        event: "COMMENT",
        body: body({ inlineDropped: false }),
        comments
      });
      outcome.inline = comments.length;
    } catch (err) {
      if (statusOf(err) !== 422 || comments.length === 0) throw err;
      outcome.inlineRejected = true;
      await client.rest.pulls.createReview({
        ...repo,
        pull_number: pull,
        commit_id: commitId,
        event: "COMMENT",
        body: body({ inlineDropped: true })
      });
    }
    outcome.reviewed = true;
  }
  for (const id of plan.remove) {
    try {
      await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: id });
      outcome.removed += 1;
    } catch (err) {
      if (statusOf(err) !== 404) throw err;
    }
  }
  if (plan.resolve.length > 0 && graphqlUrl)
    outcome.resolved = await resolveThreads(client, graphqlUrl, repo, pull, plan.resolve);
  return outcome;
}
var THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;
var RESOLVE_MUTATION = "mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }";
async function resolveThreads(client, graphqlUrl, repo, pull, commentIds) {
  const wanted = new Set(commentIds);
  const gql = async (query, variables) => {
    const res = await client.request("POST {url}", {
      url: graphqlUrl,
      data: { query, variables },
      request: { retries: 0 }
    });
    const body = res.data;
    if (body.errors?.length || !body.data) throw new Error("GraphQL error");
    return body.data;
  };
  let resolved = 0;
  try {
    let cursor = null;
    for (let page = 0; page < 20; page++) {
      const data = await gql(THREADS_QUERY, { owner: repo.owner, repo: repo.repo, number: pull, cursor });
      const threads = data.repository?.pullRequest?.reviewThreads;
      for (const t of threads?.nodes ?? []) {
        const first = t?.comments?.nodes?.[0]?.databaseId;
        if (!t.isResolved && first !== void 0 && wanted.has(first)) {
          await gql(RESOLVE_MUTATION, { id: t.id });
          resolved += 1;
        }
      }
      if (!threads?.pageInfo?.hasNextPage) break;
      cursor = threads.pageInfo.endCursor ?? null;
    }
  } catch {
  }
  return resolved;
}

// src/deliver/github-sticky-comment.ts
async function upsertStickyComment(client, repo, issue, marker, body, me, create = true) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100
  });
  const ours = comments.filter((c) => sameLogin(c.user?.login, me) && (c.body ?? "").includes(marker));
  if (ours.length === 0) {
    if (!create) return void 0;
    const { data: data2 } = await client.rest.issues.createComment({ ...repo, issue_number: issue, body });
    return { action: "created", id: data2.id, url: data2.html_url };
  }
  const [keep, ...extra] = ours;
  const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  for (const c of extra) await client.rest.issues.deleteComment({ ...repo, comment_id: c.id });
  return { action: "updated", id: data.id, url: data.html_url };
}

// src/app/action-pr.ts
var SUMMARY_MARKER = "<!-- threatcat:summary -->";
var REVIEW_MARKER = "<!-- threatcat:review -->";
function commentWanted(when, view, touched) {
  if (when === "always") return true;
  if (when === "changes") return touched || view.status === "fail";
  return view.status === "fail" || view.problems.some((p) => p.severity !== "note");
}
function runUrlOf(ctx) {
  if (!ctx.runId || !/^\d+$/.test(ctx.runId)) return void 0;
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`;
}
async function deliverToPullRequest(client, run2, pr, analysis, state, delivery) {
  const { inputs, ctx, log, redact } = run2;
  const repo = ctx.repo;
  const identity = await tokenIdentity(client, ctx.graphqlUrl);
  log(
    `threatcat: writing as ${identity.login} (${{ "graphql-viewer": "GraphQL viewer", "rest-user": "GET /user", default: "default Actions identity" }[identity.source]})`
  );
  const readOnly = (err) => {
    delivery.readOnly = true;
    delivery.notes.push(
      "The token may not write to this pull request (403): results are in the job summary and annotations only. Grant `pull-requests: write`."
    );
    log(
      `::warning title=threatcat::${escapeData(`cannot write to the pull request (${errorMessage(err)}); falling back to annotations and the job summary`)}`
    );
  };
  if (inputs.comment) {
    try {
      const view = summaryView({ ...state.summary, marker: SUMMARY_MARKER, notes: state.notes });
      const quiet = isQuiet(view, state.summary.surfaceTouched);
      const body = redact(renderSummary(quiet ? quietView(view) : view, "pr-comment.md.hbs", COMMENT_BUDGET));
      const touched = state.summary.surfaceTouched ?? view.counts.changes > 0;
      const wanted = commentWanted(inputs.commentWhen, view, touched);
      const r = await upsertStickyComment(client, repo, pr.number, SUMMARY_MARKER, body, identity.login, wanted);
      if (r) {
        delivery.comment = r.action;
        log(`threatcat: summary comment ${r.action}${r.url ? ` (${r.url})` : ""}`);
      } else {
        log(
          `threatcat: no summary comment (comment-when: ${inputs.commentWhen}; ${touched ? "nothing to fix" : "no agent surface changed"})`
        );
      }
    } catch (err) {
      if (isReadOnlyError(err)) return readOnly(err);
      log(`::warning title=threatcat::${escapeData(`summary comment failed: ${errorMessage(err)}`)}`);
    }
  }
  if (inputs.reviewComments) {
    try {
      const git = state.repoGit;
      const lines = await pullRequestDiffLines(client, repo, pr.number, git ? () => localDiff(git, pr) : void 0);
      const base = `origin/${pr.baseRef ?? "main"}`;
      const candidates = reviewCandidates(analysis, base);
      if (inputs.mode === "check" && ((analysis.diff?.reopen ?? []).some(isPending) || analysis.diff?.modelPending)) {
        candidates.push(...suggestionCandidates(analysis, suggestedEdits(state), base));
      }
      for (const c of candidates) Object.assign(c, { body: redact(c.body), summary: redact(c.summary) });
      const posted = await postedReviewComments(client, repo, pr.number, identity.login);
      const plan = planReview(candidates, lines, posted);
      const outcome = await submitReview(
        client,
        repo,
        pr.number,
        pr.headSha,
        plan,
        ({ inlineDropped }) => redact(reviewBody(plan, inlineDropped)),
        ctx.graphqlUrl
      );
      delivery.inline = outcome.inline;
      log(
        `threatcat: review: ${outcome.inline} inline comments posted, ${plan.alreadyPosted} already there, ${outcome.removed} outdated removed, ${outcome.resolved} outdated threads resolved, ${plan.outsideDiff.length} outside the diff${outcome.inlineRejected ? "; GitHub rejected the inline comments (422), so they are listed in the review body" : ""}`
      );
    } catch (err) {
      if (isReadOnlyError(err)) return readOnly(err);
      log(`::warning title=threatcat::${escapeData(`review failed: ${errorMessage(err)}`)}`);
    }
  }
}
function suggestedEdits(state) {
  const edits = /* @__PURE__ */ new Map();
  for (const c of state.changes) {
    const list = lineEdits(c.before, c.after);
    if (list.length) edits.set(`${state.prefix}${c.file}`, list);
  }
  return edits;
}
function reviewBody(plan, inlineDropped) {
  const listed = inlineDropped ? [...plan.post, ...plan.overflow] : plan.overflow;
  return markdownTemplate("review-body.md.hbs")({
    marker: REVIEW_MARKER,
    posted: inlineDropped ? 0 : plan.post.length,
    alreadyPosted: plan.alreadyPosted,
    inlineDropped,
    listed
  }).trim();
}
async function localDiff(git, pr) {
  return git.raw(["diff", "--no-color", "--no-ext-diff", "-U3", `${pr.baseSha}...${pr.headSha}`]);
}
async function deliverResults(run2) {
  const { inputs, ctx, log, redact } = run2;
  const trigger = ctx.workflowRun;
  if (!inputs.results)
    throw new UsageError("on workflow_run the 'results' input must name the results file the pull_request run wrote");
  const { results, analysis } = readResults(resolve(ctx.workspace, inputs.results));
  const repoName = `${ctx.repo.owner}/${ctx.repo.repo}`;
  if (results.repository.toLowerCase() !== repoName.toLowerCase())
    throw new UsageError(`the results are for ${results.repository}, not ${repoName}`);
  if (results.pr.headSha !== trigger.headSha)
    throw new UsageError(
      `the results are for ${results.pr.headSha.slice(0, 12)}, but the triggering run built ${trigger.headSha.slice(0, 12)}`
    );
  if (!inputs.token) throw new UsageError("no token to comment with");
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, warn: (m) => log(`threatcat: ${m}`) });
  const { data: pull } = await client.rest.pulls.get({ ...ctx.repo, pull_number: results.pr.number });
  if (pull.head.sha !== results.pr.headSha) {
    throw new UsageError(
      `pull request #${results.pr.number} is at ${pull.head.sha.slice(0, 12)}, not at the results' head ${results.pr.headSha.slice(0, 12)}: nothing delivered`
    );
  }
  const pr = {
    number: pull.number,
    baseSha: results.pr.baseSha,
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    headRef: pull.head.ref,
    baseRepo: repoName,
    headRepo: pull.head.repo?.full_name ?? "",
    fork: (pull.head.repo?.full_name ?? "").toLowerCase() !== repoName.toLowerCase()
  };
  log(
    `threatcat ${VERSION}: delivering the results of pull request #${pr.number} (${pr.headSha.slice(0, 12)}) from workflow run ${trigger.id ?? ""}`.trimEnd()
  );
  const failOn = inputs.failOn;
  const failing = isFailing(allFindings(analysis), failOn);
  const notes = pr.fork ? [
    "This pull request comes from a fork: its check ran without write access, and this comment was posted by a separate workflow_run job from its results."
  ] : [];
  const delivery = { notes: [], readOnly: false, inline: 0 };
  const summary = {
    analysis,
    failing,
    failOn,
    base: pr.baseSha,
    head: pr.headSha,
    baseRef: pr.baseRef,
    canOfferCommitMode: false,
    runUrl: runUrlOf(ctx)
  };
  const mode = inputs.mode === "commit" ? "check" : inputs.mode;
  await deliverToPullRequest(
    client,
    { ...run2, inputs: { ...inputs, mode } },
    pr,
    analysis,
    { failing, notes, prefix: "", changes: [], runUrl: runUrlOf(ctx), summary },
    delivery
  );
  const view = summaryView({ ...summary, marker: "", notes: [...notes, ...delivery.notes] });
  appendStepSummary(
    run2.env.GITHUB_STEP_SUMMARY,
    renderSummary(isQuiet(view, void 0) ? quietView(view) : view, "pr-comment.md.hbs", STEP_SUMMARY_LIMIT),
    redact
  );
  writeOutputs(
    run2.env.GITHUB_OUTPUT,
    {
      events: analysis.diff?.events.length ?? 0,
      reopened: analysis.diff?.reopen.length ?? 0,
      concerned: analysis.diff?.alreadyOpen.length ?? 0,
      findings: analysis.findings.length,
      sarif: "",
      failed: failing ? "true" : "false"
    },
    redact
  );
  return delivery.readOnly ? 1 : 0;
}

// src/app/action.ts
async function runAction(run2) {
  const cleanups = [];
  try {
    if (run2.ctx.eventName === "workflow_run") return await deliverResults(run2);
    return await checkPullRequest(run2, cleanups);
  } finally {
    for (const c of cleanups) await c();
  }
}
async function checkPullRequest(run2, cleanups) {
  const { inputs, ctx, now, log, redact } = run2;
  const wd = resolve2(ctx.workspace, inputs.workingDirectory);
  if (!isDirectory(wd))
    throw new UsageError(`working-directory '${inputs.workingDirectory}' is not a directory under ${ctx.workspace}`);
  let repo;
  try {
    repo = await locateRepo(wd);
  } catch {
    throw new UsageError(`${wd} is not inside a git repository: check the repository out first (actions/checkout)`);
  }
  const pr = ctx.pr;
  const notes = [];
  let root = wd;
  let refs;
  if (pr) {
    const missing = await ensureCommits(repo.git, [pr.baseSha, pr.headSha]);
    if (missing.includes(pr.headSha)) {
      throw new UsageError(
        `the pull request head ${pr.headSha} is not in the clone: use actions/checkout with fetch-depth: 0`
      );
    }
    if (missing.includes(pr.baseSha)) {
      notes.push(
        `The base commit ${pr.baseSha.slice(0, 12)} is not in the clone, so no surface diff was computed: check out with fetch-depth: 0.`
      );
    } else {
      refs = { base: pr.baseSha, head: pr.headSha };
    }
    if ((await repo.git.revparse(["HEAD"])).trim() !== pr.headSha) {
      const wt = await addWorktree(repo.git, pr.headSha);
      cleanups.push(wt.remove);
      root = repo.prefix ? join3(wt.dir, repo.prefix) : wt.dir;
    }
  }
  log(
    `threatcat ${VERSION}: ${pr ? `pull request #${pr.number}, ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)}` : `${ctx.eventName || "local"} run`}${pr?.fork ? " (from a fork: read-only)" : ""}`
  );
  const { analysis, changes } = await analyse(root, repo.prefix, inputs.config || void 0, now, refs);
  let view = analysis;
  const canWrite = Boolean(pr && !pr.fork && inputs.token);
  if (pr?.fork)
    notes.push(
      "This pull request comes from a fork, whose token is read-only: threatcat made no write calls (results are in the job summary and annotations)."
    );
  else if (pr && !inputs.token) notes.push("No token was given: results are in the job summary and annotations only.");
  if (pr && inputs.mode === "commit") {
    if (!canWrite) notes.push("mode: commit does nothing on a fork pull request (or without a token).");
    else if (!refs) notes.push("mode: commit had nothing to apply: this run has no surface diff.");
    else if (changes.length === 0) {
      if (view.findings.some((f) => f.rule === "shadow-component"))
        notes.push(
          "mode: commit had nothing to push: `threatcat diff --write` changes no catalog for this PR, so the elements below that no component covers need a component written by a person."
        );
    } else {
      let committed;
      try {
        committed = await commitOntoAndPush(
          repo.top,
          pr.headSha,
          changes.map((c) => ({ path: `${repo.prefix}${c.file}`, text: c.after })),
          commitMessage(pr, view.diff?.reopen ?? [], view.diff?.model ?? []),
          pr.headRef
        );
      } catch (err) {
        const msg = `mode: commit could not push the re-open plan to ${pr.headRef}: ${errorMessage(err)}`;
        notes.push(msg);
        log(`::warning title=threatcat::${escapeData(msg)}`);
      }
      if (committed) {
        notes.push(
          `Applied the catalog edits of \`threatcat diff --write\` and pushed ${committed.slice(0, 12)} to ${pr.headRef}.`
        );
        view = afterCommit(view, changes);
      }
    }
  }
  const findings = allFindings(view);
  const failing = isFailing(findings, inputs.failOn);
  if (pr && inputs.results)
    writeResults(resolve2(ctx.workspace, inputs.results), `${ctx.repo.owner}/${ctx.repo.repo}`, pr, inputs, view);
  const sarifPath = inputs.sarif ? resolve2(ctx.workspace, inputs.sarif) : "";
  if (sarifPath) writeSarifFile(sarifPath, view, findings, `threatcat/${repo.prefix}`);
  const summaryContext = {
    analysis: view,
    failing,
    failOn: inputs.failOn,
    base: pr?.baseSha,
    head: pr?.headSha,
    baseRef: pr?.baseRef,
    workingDirectory: repo.prefix.replace(/\/$/, "") || ".",
    canOfferCommitMode: canWrite && inputs.mode !== "commit",
    surfaceTouched: view.surfaceTouched,
    runUrl: runUrlOf(ctx)
  };
  const delivery = { notes: [], readOnly: !canWrite, inline: 0 };
  if (pr && canWrite && (inputs.comment || inputs.reviewComments)) {
    const client = createGitHubClient({
      token: inputs.token,
      baseUrl: ctx.apiUrl,
      warn: (m) => log(`threatcat: ${m}`)
    });
    await deliverToPullRequest(
      client,
      run2,
      pr,
      view,
      {
        failing,
        notes,
        repoGit: repo.git,
        prefix: repo.prefix,
        changes,
        runUrl: runUrlOf(ctx),
        summary: summaryContext
      },
      delivery
    );
  }
  if (findings.length > 0) {
    const endToken = randomUUID();
    log(`::group::threatcat: ${findings.length} finding${findings.length === 1 ? "" : "s"}`);
    log(`::stop-commands::${endToken}`);
    for (const f of findings) log(findingLine(f));
    log(`::${endToken}::`);
    log("::endgroup::");
  }
  const { shown, dropped } = selectAnnotations(toAnnotations(findings));
  for (const a of shown) log(workflowCommand(a));
  if (dropped > 0)
    log(
      `threatcat: ${dropped} more annotations left out (GitHub shows 10 per level and step); see the job summary and SARIF.`
    );
  const summary = summaryView({
    ...summaryContext,
    marker: "",
    notes: [...notes, ...delivery.notes]
  });
  appendStepSummary(
    run2.env.GITHUB_STEP_SUMMARY,
    renderSummary(
      isQuiet(summary, view.surfaceTouched) ? quietView(summary) : summary,
      "pr-comment.md.hbs",
      STEP_SUMMARY_LIMIT
    ),
    redact
  );
  const reopened = view.diff?.reopen.length ?? 0;
  writeOutputs(
    run2.env.GITHUB_OUTPUT,
    {
      events: view.diff?.events.length ?? 0,
      reopened,
      concerned: view.diff?.alreadyOpen.length ?? 0,
      findings: view.findings.length,
      sarif: sarifPath,
      failed: failing ? "true" : "false"
    },
    redact
  );
  log(
    `threatcat: ${view.diff?.events.length ?? 0} surface events, ${reopened} re-opened threats, ${view.findings.length} findings; ${failing ? `failing (fail-on: ${inputs.failOn})` : "passing"}`
  );
  if (!failing) return 0;
  return view.unreadable ? 2 : 1;
}
async function analyse(root, prefix, configPath, now, refs) {
  const v = runValidate({ root, configPath, paths: [], now });
  const repoPath = (f) => `${prefix}${f}`;
  let diff;
  if (refs) diff = await runDiff({ root, base: refs.base, head: refs.head, now, config: v.config });
  const entry = (r, pending) => ({
    catalog: repoPath(r.catalog),
    threat: r.threat,
    events: r.events,
    pending
  });
  const diffView = diff && {
    events: diff.events.map((e) => ({ ...e, file: repoPath(e.file), catalog: repoPath(e.catalog) })),
    // the diff lists only threats the head's catalog does not yet record as open: all pending until written
    reopen: diff.reopen.map((r) => entry(r, true)),
    alreadyOpen: diff.alreadyOpen.map((r) => entry(r, false)),
    model: diff.model.map((m) => ({ ...m, catalog: repoPath(m.catalog) })),
    modelPending: diff.model.length > 0,
    findings: [
      ...diff.inputErrors.map(
        (e) => ({ rule: UNREADABLE_INPUT, severity: "error", ...e.position, message: e.message })
      ),
      ...diff.findings
    ].map((f) => ({ ...f, file: repoPath(f.file) }))
  };
  const all = [...diffView?.findings ?? [], ...v.findings.map((f) => ({ ...f, file: repoPath(f.file) }))];
  return {
    analysis: {
      findings: dedupe(all).sort(compareFindings),
      catalogs: v.valid.map((c) => ({
        file: repoPath(c.catalog.file),
        data: c.catalog.data,
        text: c.catalog.text,
        threatLines: new Map(
          (c.catalog.data.threats ?? []).map((t, i) => [t.id, c.catalog.locate(["threats", i, "id"]).line])
        )
      })),
      diff: diffView,
      diffAvailable: refs !== void 0,
      ...diff ? { surfaceTouched: diff.stats.catalogsTouched > 0 } : {},
      unreadable: v.unreadable
    },
    changes: diff?.changes ?? []
  };
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.line}\0${f.subject ? `${f.rule}\0${f.subject}` : f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function afterCommit(view, changes) {
  const sources = [];
  for (const c of changes) {
    try {
      const data = loadCatalogText(c.after, c.file, c.file).data;
      for (const comp of data.components ?? []) sources.push(comp.trustSource);
    } catch {
    }
  }
  const isCovered = (f) => {
    if (f.rule !== "shadow-component" || !f.subject) return false;
    const [kind, ns, name] = f.subject.split("/");
    return sources.some((t) => t.kind === kind && t.name === name && (!t.namespace || !ns || t.namespace === ns));
  };
  return {
    ...view,
    findings: view.findings.filter((f) => !isCovered(f)),
    diff: view.diff && {
      ...view.diff,
      reopen: view.diff.reopen.map((r) => ({ ...r, pending: false })),
      modelPending: false,
      findings: view.diff.findings.filter((f) => !isCovered(f))
    }
  };
}
function commitMessage(pr, reopen, model) {
  const lines = [
    ...reopen.map((r) => `- ${r.threat}: ${r.events.join(", ")}`),
    ...model.flatMap((m) => modelLines(m).map((l) => `${l} in ${m.catalog}`))
  ];
  return `threatcat: catalog plan for ${pr.baseSha.slice(0, 12)}..${pr.headSha.slice(0, 12)}

${lines.join("\n")}
`;
}
function writeSarifFile(path, analysis, findings, category) {
  const aivssOf = new Map(reopenFindings(analysis).map((r) => [`${r.file}\0${r.subject}`, r.aivss]));
  writeFileAtomic(
    path,
    renderSarif(findings, {
      version: VERSION,
      category,
      securitySeverityOf: (f) => aivssOf.get(`${f.file}\0${f.subject}`)
    }),
    { createDirs: true }
  );
}
function isDirectory(p) {
  try {
    return statSync2(p).isDirectory();
  } catch {
    return false;
  }
}

// src/render/redact.ts
function makeRedactor(secrets) {
  const needles = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    needles.add(secret);
    needles.add(Buffer.from(`x-access-token:${secret}`).toString("base64"));
    needles.add(Buffer.from(secret).toString("base64"));
    needles.add(encodeURIComponent(secret));
    needles.add(escapeMarkdown(secret));
  }
  const list = [...needles].sort((a, b) => b.length - a.length);
  return (s) => {
    let out = s;
    for (const n of list) out = out.split(n).join("***");
    return out;
  };
}

// src/action/context.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readRunContext(env, cwd) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new UsageError("GITHUB_REPOSITORY is not set (owner/name): run this inside GitHub Actions");
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const apiUrl = (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const ctx = {
    eventName,
    repo: { owner, repo },
    apiUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL ?? `${apiUrl.replace(/\/api\/v3$/, "/api")}/graphql`).replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, ""),
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    runId: env.GITHUB_RUN_ID
  };
  if (eventName === "workflow_run") {
    const run2 = readPayload(
      env,
      eventName
    ).workflow_run;
    if (!run2?.head_sha) throw new UsageError("no workflow_run.head_sha in the event payload");
    ctx.workflowRun = { headSha: run2.head_sha, event: run2.event ?? "", id: run2.id };
  }
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const path = env.GITHUB_EVENT_PATH;
    const payload = readPayload(env, eventName);
    const pr = payload.pull_request;
    if (!pr?.base?.sha || !pr?.head?.sha)
      throw new UsageError(`${path}: no pull_request.base.sha / head.sha in the event payload`);
    const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`;
    const headRepo = pr.head.repo?.full_name ?? "";
    ctx.pr = {
      number: pr.number ?? payload.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      ...pr.base.ref || env.GITHUB_BASE_REF ? { baseRef: pr.base.ref || env.GITHUB_BASE_REF } : {},
      headRef: pr.head.ref,
      baseRepo,
      headRepo,
      // A deleted fork has no head repo: treat it as a fork too.
      fork: headRepo.toLowerCase() !== baseRepo.toLowerCase()
    };
  }
  return ctx;
}
function readPayload(env, eventName) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) throw new UsageError(`GITHUB_EVENT_PATH is not set for a ${eventName} event`);
  try {
    return JSON.parse(readFileSync2(path, "utf8"));
  } catch (err) {
    throw new UsageError(`cannot read the event payload ${path}: ${err.message}`);
  }
}

// src/model/action-run.ts
var MODES = ["check", "commit"];
var COMMENT_WHEN = ["always", "changes", "problems"];

// src/action/inputs.ts
function readInputs(env) {
  const get = (name, fallback = "") => {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    return v === void 0 || v.trim() === "" ? fallback : v.trim();
  };
  return {
    mode: oneOf("mode", get("mode", "check"), MODES),
    token: get("token", env.GITHUB_TOKEN ?? ""),
    comment: bool("comment", get("comment", "true")),
    commentWhen: oneOf("comment-when", get("comment-when", "changes"), COMMENT_WHEN),
    reviewComments: bool("review-comments", get("review-comments", "true")),
    sarif: get("sarif", "threatcat.sarif"),
    failOn: oneOf("fail-on", get("fail-on", "error"), FAIL_ON),
    config: get("config"),
    workingDirectory: get("working-directory", "."),
    results: get("results")
  };
}
function oneOf(name, value, allowed) {
  if (!allowed.includes(value)) {
    throw new UsageError(`input '${name}': '${value}' is not one of ${allowed.join(", ")}`);
  }
  return value;
}
function bool(name, value) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UsageError(`input '${name}': '${value}' is not a boolean (true or false)`);
}

// src/action/entry.ts
async function actionEntry(io) {
  const redact = makeRedactor([io.env.INPUT_TOKEN ?? "", io.env.GITHUB_TOKEN ?? ""].map((s) => s.trim()));
  const log = (s) => io.stdout(redact(`${s}
`));
  try {
    const inputs = readInputs(io.env);
    const ctx = readRunContext(io.env, io.cwd);
    return await runAction({ inputs, ctx, env: io.env, now: io.now(), log, redact });
  } catch (err) {
    const message = err instanceof InputError ? err.toString() : err instanceof UsageError ? err.message : `internal error: ${errorMessage(err)}`;
    log(`::error title=threatcat::${escapeData(message)}`);
    if (io.env.THREATCAT_DEBUG && err instanceof Error) io.stderr(redact(`${err.stack ?? ""}
`));
    return 2;
  }
}

export {
  actionEntry
};
