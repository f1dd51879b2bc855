/** A worker that cannot start (as with a broken install): the pool must give up, not respawn it forever. */
throw new Error('this worker cannot load');
