using System.ComponentModel;

namespace Contoso.Exports;

public sealed class AccountViewModel : INotifyPropertyChanged
{
    private decimal _balance;

    public event PropertyChangedEventHandler? PropertyChanged;

    public decimal Balance
    {
        get => _balance;
        set
        {
            if (_balance != value)
            {
                _balance = value;
                OnPropertyChanged("Balance");
            }
        }
    }

    private void OnPropertyChanged(string propertyName) =>
        PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(propertyName));
}
