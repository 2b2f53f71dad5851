        accessTokenFactory: () => user.token
      })
      .withAutomaticReconnect()
      //.withStatefulReconnect() // Needs @microsoft/signalr@8
      .build();

    this.hubConnection
