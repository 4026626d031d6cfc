"""Running the same call from many threads at the same instant, each on its own database connection."""

import threading


def run_at_once(func, count: int) -> tuple[list, list]:
    """Call ``func(index)`` from ``count`` threads released together; returns (results, errors)."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def worker(index):
        from django.db import connection

        try:
            barrier.wait()
            results.append(func(index))
        except Exception as error:  # noqa: BLE001 - the caller asserts there were none
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
