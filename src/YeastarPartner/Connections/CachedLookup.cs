using System;
using System.Threading;
using System.Threading.Tasks;

namespace YeastarPartner.Connections
{
    /// <summary>
    /// A value loaded from the API once and reused for a short time, for Tab completion: pressing Tab again
    /// must not wait on the network again. The load runs without the caller's cancellation so that a Tab that
    /// gave up waiting still leaves the value ready for the next one; a failed load is forgotten.
    /// </summary>
    internal sealed class CachedLookup<T>
    {
        private readonly Func<CancellationToken, Task<T>> _load;
        private readonly TimeSpan _lifetime;
        private readonly Func<DateTimeOffset> _now;
        private readonly object _gate = new object();
        private Task<T>? _value;
        private DateTimeOffset _loadedAt;

        public CachedLookup(Func<CancellationToken, Task<T>> load, TimeSpan lifetime, Func<DateTimeOffset>? now = null)
        {
            _load = load;
            _lifetime = lifetime;
            _now = now ?? (() => DateTimeOffset.UtcNow);
        }

        /// <summary>The cached value, or a load started now when there is none, it failed, or it is older than the lifetime.</summary>
        public Task<T> GetAsync()
        {
            lock (_gate)
            {
                var now = _now();
                if (_value == null || _value.IsFaulted || _value.IsCanceled || now - _loadedAt > _lifetime)
                {
                    _value = _load(CancellationToken.None);
                    _loadedAt = now;
                }
                return _value;
            }
        }

        /// <summary>A load started now, whatever is cached: for a caller that knows the cached value is out of date.</summary>
        public Task<T> RefreshAsync()
        {
            lock (_gate)
            {
                _value = _load(CancellationToken.None);
                _loadedAt = _now();
                return _value;
            }
        }

        /// <summary>Stores a value just read by a cmdlet, so the next Tab uses it.</summary>
        public void Set(T value)
        {
            lock (_gate)
            {
                _value = Task.FromResult(value);
                _loadedAt = _now();
            }
        }
    }
}
