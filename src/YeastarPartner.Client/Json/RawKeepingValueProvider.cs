using Newtonsoft.Json.Serialization;
using YeastarPartner.Client.Models;

namespace YeastarPartner.Client.Json
{
    /// <summary>
    /// Sets a property as usual, except when its converter returned <see cref="Unreadable"/>: then the
    /// property keeps its default and the value, as sent, goes to the object's <see cref="ApiObject.Extra"/>.
    /// </summary>
    internal sealed class RawKeepingValueProvider : IValueProvider
    {
        private readonly IValueProvider _inner;
        private readonly string _name;
        private readonly bool _required;

        public RawKeepingValueProvider(IValueProvider inner, string name, bool required)
        {
            _inner = inner;
            _name = name;
            _required = required;
        }

        public void SetValue(object target, object? value)
        {
            if (value is Unreadable unreadable)
            {
                // A field the caller cannot do without is not guessed: the reply fails as unreadable.
                if (_required || !(target is ApiObject apiObject))
                    throw new Newtonsoft.Json.JsonSerializationException($"'{_name}' has the value {unreadable.Raw.ToString(Newtonsoft.Json.Formatting.None)}, which is not a {(_required ? "required " : "")}value of its type.");
                apiObject.KeepRaw(_name, unreadable.Raw);
                return;
            }
            _inner.SetValue(target, value);
        }

        public object? GetValue(object target) => _inner.GetValue(target);
    }
}
