import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test, TestingModule } from '@nestjs/testing';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@symbiose/contracts';
import { QUEUE_CONSUMER } from '../queues/queue-handlers.check';
import { EventHandlerMap, handlerOf } from './event-consumer';
import {
  eventHandlerProblems,
  EventHandlers,
  EventHandlersError,
  mergeEventHandlers,
  ServiceEventHandlers,
} from './event-handlers';

const manager = {} as EntityManager;

function declarationRecorded(): EventEnvelope {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    type: 'declaration.recorded',
    version: 1,
    occurredAt: '2026-03-01T10:00:00.000Z',
    source: 'interviews',
    payload: {},
  };
}

/** A room's handlers that write down, in `runs`, each event they are given. */
function recording(room: string, runs: string[]): EventHandlerMap {
  return {
    'declaration.recorded': async (event) => {
      runs.push(`${room} ${event.type}`);
    },
    'audit.recorded': async (event) => {
      runs.push(`${room} ${event.type}`);
    },
  };
}

describe('mergeEventHandlers', () => {
  it('runs each room that handles a type, one after the other, in the order found', async () => {
    const runs: string[] = [];
    const merged = mergeEventHandlers([
      recording('assessment', runs),
      { 'organization.registered': async () => undefined },
      recording('partners', runs),
    ]);
    await handlerOf(merged, 'declaration.recorded')!(declarationRecorded(), manager);
    expect(runs).toEqual(['assessment declaration.recorded', 'partners declaration.recorded']);
    expect(Object.keys(merged).sort()).toEqual([
      'audit.recorded',
      'declaration.recorded',
      'organization.registered',
    ]);
  });

  it('keeps a type handled by one room as that room handles it', () => {
    const only: EventHandlerMap = { 'zone.created': async () => undefined };
    expect(mergeEventHandlers([only, {}])['zone.created']).toBe(only['zone.created']);
  });
});

describe('eventHandlerProblems', () => {
  class Assessment {}
  class Partners {}

  it('passes rooms that handle only what the catalogue sends the service', () => {
    const found = [
      { provider: Assessment, handlers: recording('assessment', []) },
      { provider: Partners, handlers: { 'synergy.detected': async () => undefined } },
    ];
    expect(eventHandlerProblems('directory', found)).toEqual([]);
  });

  it('names a provider found twice, and a type the catalogue does not send the service', () => {
    const found = [
      { provider: Assessment, handlers: {} },
      { provider: Partners, handlers: { 'scenario.selected': async () => undefined } },
      { provider: Assessment, handlers: {} },
    ];
    expect(eventHandlerProblems('directory', found)).toEqual([
      'Partners handles scenario.selected, which the catalogue does not send here',
      'Assessment is provided twice',
    ]);
  });
});

describe('ServiceEventHandlers', () => {
  @Injectable()
  class AuditLog {
    readonly stored: string[] = [];
  }

  /** A room's handlers with a dependency of its own module, which no other module sees. */
  @EventHandlers()
  @Injectable()
  class AuditRoomHandlers implements EventHandlers {
    constructor(private readonly log: AuditLog) {}

    handlers(): EventHandlerMap {
      return {
        'audit.recorded': async (event) => {
          this.log.stored.push(event.id);
        },
      };
    }
  }

  @EventHandlers()
  class AssessmentRoomHandlers implements EventHandlers {
    handlers(): EventHandlerMap {
      return { 'declaration.recorded': async () => undefined };
    }
  }

  @Module({ providers: [AuditLog, AuditRoomHandlers] })
  class AuditRoom {}

  @Module({ providers: [AssessmentRoomHandlers] })
  class AssessmentRoom {}

  @Module({ providers: [AssessmentRoomHandlers] })
  class AssessmentAgain {}

  function serviceOf(...rooms: (new () => unknown)[]): Promise<TestingModule> {
    return Test.createTestingModule({
      imports: [DiscoveryModule, ...rooms],
      providers: [ServiceEventHandlers, { provide: QUEUE_CONSUMER, useValue: 'directory' }],
    }).compile();
  }

  it('finds the marked providers of every module, with their own dependencies', async () => {
    const service = await serviceOf(AuditRoom, AssessmentRoom);
    const handlers = service.get(ServiceEventHandlers).handlers();
    expect(Object.keys(handlers).sort()).toEqual(['audit.recorded', 'declaration.recorded']);
    const event = { ...declarationRecorded(), type: 'audit.recorded', source: 'workshops' };
    await handlerOf(handlers, 'audit.recorded')!(event, manager);
    expect(service.get(AuditLog).stored).toEqual([event.id]);
  });

  it('refuses a room provided in two modules: it would apply each event twice', async () => {
    const service = await serviceOf(AssessmentRoom, AssessmentAgain);
    expect(() => service.get(ServiceEventHandlers).handlers()).toThrow(
      new EventHandlersError('directory', ['AssessmentRoomHandlers is provided twice']),
    );
  });
});
